import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs } from '../../../../test/auth.ts';
import { createTestAppointmentType, createTestProvider } from '../../../../test/factories/scheduling.ts';
import { auditEvents } from '../audit/audit-tables.ts';

const { app, ctx } = await createTestApp();
const manager = await logInAs(app, ctx, 'manager');
const staff = await logInAs(app, ctx, 'staff');
const patient = await logInAs(app, ctx, 'patient');
const unknownId = '00000000-0000-4000-8000-000000000000';

function call(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) {
  return app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
}

const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

describe('appointment types', () => {
  it('creates a type with its providers and defaults, audited', async () => {
    const first = await createTestProvider(ctx);
    const second = await createTestProvider(ctx);
    const created = await call('POST', '/appointment-types', manager.headers, {
      name: 'Cleaning',
      durationMinutes: 45,
      providerIds: [second.id, first.id, second.id],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      name: 'Cleaning',
      durationMinutes: 45,
      bufferMinutes: 0,
      priceCents: 0,
      depositCents: 0,
      color: '#40c057',
      bookableOnline: false,
      active: true,
      providerIds: [first.id, second.id].sort(),
    });
    const [event] = await ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, created.json().id));
    expect(event).toMatchObject({ action: 'appointment_types.create', actorId: manager.user.id });
  });

  it('updates the fields given and replaces providers only when given', async () => {
    const first = await createTestProvider(ctx);
    const second = await createTestProvider(ctx);
    const type = await createTestAppointmentType(ctx, { providerIds: [first.id] });
    const repriced = await call('PATCH', `/appointment-types/${type.id}`, manager.headers, {
      priceCents: 15_000,
      bufferMinutes: 10,
    });
    expect(repriced.statusCode).toBe(200);
    expect(repriced.json()).toMatchObject({ priceCents: 15_000, bufferMinutes: 10, providerIds: [first.id] });
    const moved = await call('PATCH', `/appointment-types/${type.id}`, manager.headers, {
      providerIds: [second.id],
    });
    expect(moved.json().providerIds).toEqual([second.id]);
    const everyone = await call('PATCH', `/appointment-types/${type.id}`, manager.headers, {
      providerIds: [],
    });
    expect(everyone.json()).toMatchObject({ providerIds: [], priceCents: 15_000 });
  });

  it('refuses unknown providers on providerIds and leaves the type as it was', async () => {
    const provider = await createTestProvider(ctx);
    const created = await call('POST', '/appointment-types', manager.headers, {
      name: 'Whitening',
      durationMinutes: 60,
      providerIds: [provider.id, unknownId],
    });
    expect(created.statusCode).toBe(422);
    expect(created.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'providerIds' }] });
    const type = await createTestAppointmentType(ctx, { providerIds: [provider.id] });
    const updated = await call('PATCH', `/appointment-types/${type.id}`, manager.headers, {
      name: 'Renamed',
      providerIds: [unknownId],
    });
    expect(updated.statusCode).toBe(422);
    const all = (await call('GET', '/appointment-types?includeInactive=true', staff.headers)).json().items;
    expect(all).toContainEqual(
      expect.objectContaining({ id: type.id, name: type.name, providerIds: [provider.id] }),
    );
  });

  it('refuses bad values with paths', async () => {
    const response = await call('POST', '/appointment-types', manager.headers, {
      name: 'Bad',
      durationMinutes: 2,
      color: 'red',
      priceCents: -1,
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['durationMinutes', 'color', 'priceCents']));
    const nul = await call('POST', '/appointment-types', manager.headers, {
      name: 'X\u0000',
      durationMinutes: 30,
    });
    expect(nul.json().errors).toEqual([{ path: 'name', message: 'Must not contain NUL characters' }]);
    const badProviderId = await call('POST', '/appointment-types', manager.headers, {
      name: 'Bad',
      durationMinutes: 30,
      providerIds: ['nope'],
    });
    expect(badProviderId.json().errors).toEqual([{ path: 'providerIds.0', message: 'Not a provider id' }]);
  });

  it('shows patients and the public only active online-bookable types; staff all active ones', async () => {
    const online = await createTestAppointmentType(ctx, { bookableOnline: true });
    const deskOnly = await createTestAppointmentType(ctx, { bookableOnline: false });
    const retired = await createTestAppointmentType(ctx, { bookableOnline: true, active: false });
    for (const headers of [{}, patient.headers]) {
      const response = await call('GET', '/appointment-types?includeInactive=true', headers);
      expect(response.statusCode).toBe(200);
      const ids = idsOf(response.json().items);
      expect(ids).toContain(online.id);
      expect(ids).not.toContain(deskOnly.id);
      expect(ids).not.toContain(retired.id);
    }
    const activeForStaff = idsOf((await call('GET', '/appointment-types', staff.headers)).json().items);
    expect(activeForStaff).toEqual(expect.arrayContaining([online.id, deskOnly.id]));
    expect(activeForStaff).not.toContain(retired.id);
    const allForStaff = idsOf(
      (await call('GET', '/appointment-types?includeInactive=true', staff.headers)).json().items,
    );
    expect(allForStaff).toContain(retired.id);
  });

  it('lets only admins and managers change types, and answers 404 for unknown ids', async () => {
    const type = await createTestAppointmentType(ctx);
    expect(
      (await call('PATCH', `/appointment-types/${type.id}`, staff.headers, { name: 'X' })).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/appointment-types', patient.headers, { name: 'X', durationMinutes: 30 }))
        .statusCode,
    ).toBe(403);
    const missing = await call('PATCH', `/appointment-types/${unknownId}`, manager.headers, {
      name: 'Ghost',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
  });
});
