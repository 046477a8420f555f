import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs } from '../../../../test/auth.ts';
import { setClinicSettings } from '../../../../test/factories/clinic.ts';
import { createTestProvider, setWorkingHours } from '../../../../test/factories/scheduling.ts';

const { app, ctx } = await createTestApp();
await setClinicSettings(ctx, { timeZone: 'America/Sao_Paulo' });
const manager = await logInAs(app, ctx, 'manager');
const staff = await logInAs(app, ctx, 'staff');

const schedules = (query: string, headers: Record<string, string> = staff.headers) =>
  app.inject({ method: 'GET', url: `/api/v1/provider-schedules?${query}`, headers });

async function addTimeOff(providerId: string, start: string, end: string, reason: string) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/providers/${providerId}/time-off`,
    headers: manager.headers,
    payload: { start, end, reason },
  });
  expect(response.statusCode).toBe(201);
}

describe('provider schedules for a calendar', () => {
  it("gives every active provider's week and only the time off overlapping the clinic-local dates", async () => {
    const lee = await createTestProvider(ctx, { name: 'Dr. Schedule Lee' });
    const ana = await createTestProvider(ctx, { name: 'Dr. Schedule Ana' });
    const retired = await createTestProvider(ctx, { name: 'Dr. Schedule Retired', active: false });
    await setWorkingHours(ctx, lee.id, [
      { weekday: 2, start: '13:00', end: '18:00' },
      { weekday: 1, start: '08:00', end: '12:00' },
    ]);
    await setWorkingHours(ctx, retired.id, [{ weekday: 1, start: '08:00', end: '12:00' }]);
    // The clinic is in São Paulo (UTC−3): 2026-03-10 runs from 03:00Z to 03:00Z the next day.
    await addTimeOff(lee.id, '2026-03-10T22:00:00-03:00', '2026-03-11T02:00:00-03:00', 'Late course');
    await addTimeOff(lee.id, '2026-03-09T20:00:00-03:00', '2026-03-09T23:59:00-03:00', 'Day before');
    await addTimeOff(ana.id, '2026-03-11T00:00:00-03:00', '2026-03-12T00:00:00-03:00', 'Day after');

    const response = await schedules('from=2026-03-10&to=2026-03-10');
    expect(response.statusCode).toBe(200);
    const items: { providerId: string; workingHours: unknown[]; timeOff: { reason: string }[] }[] =
      response.json().items;
    const byId = new Map(items.map((item) => [item.providerId, item]));
    expect(byId.has(retired.id)).toBe(false);
    expect(byId.get(lee.id)).toEqual({
      providerId: lee.id,
      workingHours: [
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 2, start: '13:00', end: '18:00' },
      ],
      timeOff: [
        {
          id: expect.any(String),
          start: '2026-03-11T01:00:00.000Z',
          end: '2026-03-11T05:00:00.000Z',
          reason: 'Late course',
        },
      ],
    });
    expect(byId.get(ana.id)).toEqual({ providerId: ana.id, workingHours: [], timeOff: [] });

    const twoDays = await schedules('from=2026-03-10&to=2026-03-11');
    const anaTwoDays = twoDays
      .json()
      .items.find((item: { providerId: string }) => item.providerId === ana.id);
    expect(anaTwoDays.timeOff.map((entry: { reason: string }) => entry.reason)).toEqual(['Day after']);
  });

  it('refuses a backwards or over-long range and dates that are not dates', async () => {
    const backwards = await schedules('from=2026-03-10&to=2026-03-09');
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: 'query.to' })]);
    expect((await schedules('from=2026-01-01&to=2026-03-31')).statusCode).toBe(422);
    expect((await schedules('from=2026-01-01&to=2026-03-03')).statusCode).toBe(200);
    const malformed = await schedules('from=10/03/2026&to=2026-03-10');
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().errors).toEqual([expect.objectContaining({ path: 'query.from' })]);
    expect((await schedules('from=2026-03-10')).statusCode).toBe(400);
  });

  it('is for the clinic team only', async () => {
    const patient = await logInAs(app, ctx, 'patient');
    expect((await schedules('from=2026-03-10&to=2026-03-10', patient.headers)).statusCode).toBe(403);
    expect((await schedules('from=2026-03-10&to=2026-03-10', {})).statusCode).toBe(401);
  });
});
