import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import { clinicSettingsInput } from '../../../../test/factories/clinic.ts';
import {
  createTestAppointmentType,
  createTestOperatory,
  createTestProvider,
  setWorkingHours,
} from '../../../../test/factories/scheduling.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import type { SetupChecklist, SetupStepKey } from '../../../shared/dashboard.ts';

// A new clinic: nothing but the settings row the first migration writes.
const { app, ctx } = await createTestApp();
const admin = await authHeader(app, 'admin');

async function checklist(): Promise<SetupChecklist> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/dashboard/setup', headers: admin });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

function doneSteps(list: SetupChecklist): SetupStepKey[] {
  return list.steps.filter((step) => step.done).map((step) => step.key);
}

describe('GET /dashboard/setup', () => {
  it('walks a new clinic through its first-run steps in order, each with its screen', async () => {
    const fresh = await checklist();
    expect(fresh).toEqual({
      complete: false,
      steps: [
        { key: 'clinic', done: false, path: '/settings/clinic' },
        { key: 'chairs', done: false, path: '/settings/scheduling?tab=operatories' },
        { key: 'types', done: false, path: '/settings/scheduling?tab=types' },
        { key: 'providers', done: false, path: '/settings/scheduling?tab=providers' },
        { key: 'hours', done: false, path: '/my-schedule' },
        { key: 'users', done: false, path: '/admin/users' },
      ],
    });

    const saved = await app.inject({
      method: 'PUT',
      url: '/api/v1/clinic',
      headers: admin,
      payload: clinicSettingsInput(),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(doneSteps(await checklist())).toEqual(['clinic']);

    // Inactive things do not count: a retired chair is not a chair to book.
    await createTestOperatory(ctx, { active: false });
    expect(doneSteps(await checklist())).toEqual(['clinic']);
    await createTestOperatory(ctx);
    await createTestAppointmentType(ctx);
    expect(doneSteps(await checklist())).toEqual(['clinic', 'chairs', 'types']);

    const provider = await createTestProvider(ctx);
    const afterProvider = await checklist();
    expect(doneSteps(afterProvider)).toEqual(['clinic', 'chairs', 'types', 'providers']);
    // The hours step leads to the provider who still has none.
    expect(afterProvider.steps.find((step) => step.key === 'hours')?.path).toBe(
      `/my-schedule?provider=${provider.id}`,
    );

    await setWorkingHours(ctx, provider.id, [{ weekday: 1, start: '09:00', end: '17:00' }]);
    expect(doneSteps(await checklist())).toEqual(['clinic', 'chairs', 'types', 'providers', 'hours']);

    // A patient's login is not the team; a manager's is.
    await createTestUser(ctx, { role: 'patient' });
    expect((await checklist()).complete).toBe(false);
    await createTestUser(ctx, { role: 'manager' });
    const finished = await checklist();
    expect(doneSteps(finished)).toEqual(['clinic', 'chairs', 'types', 'providers', 'hours', 'users']);
    expect(finished.complete).toBe(true);
  });

  it('is for administrators only', async () => {
    for (const role of ['manager', 'staff', 'provider', 'patient'] as const) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/dashboard/setup',
        headers: await authHeader(app, role),
      });
      expect(response.statusCode, role).toBe(403);
    }
  });
});
