import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { type LoggedIn, logInAs, logInUser } from '../../../../test/auth.ts';
import { createTestProvider, setWorkingHours } from '../../../../test/factories/scheduling.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { workingHours } from '../../db/schema.ts';
import { exclusionViolation, sqlState } from '../../db/sql-state.ts';
import { auditEvents } from '../audit/audit-tables.ts';

const { app, ctx } = await createTestApp();
const admin = await logInAs(app, ctx, 'admin');
const manager = await logInAs(app, ctx, 'manager');
const staff = await logInAs(app, ctx, 'staff');
const unknownId = '00000000-0000-4000-8000-000000000000';

/** A provider whose own login is linked to their provider record. */
async function providerWithLogin(): Promise<{ providerId: string; login: LoggedIn }> {
  const user = await createTestUser(ctx, { role: 'provider' });
  const provider = await createTestProvider(ctx, { userId: user.id });
  return { providerId: provider.id, login: await logInUser(app, user) };
}

function hoursUrl(providerId: string) {
  return `/api/v1/providers/${providerId}/working-hours`;
}

function putHours(providerId: string, headers: Record<string, string>, payload: unknown) {
  return app.inject({ method: 'PUT', url: hoursUrl(providerId), headers, payload: JSON.stringify(payload) });
}

function getHours(providerId: string, headers: Record<string, string>) {
  return app.inject({ method: 'GET', url: hoursUrl(providerId), headers });
}

const jsonHeaders = (login: LoggedIn) => ({ ...login.headers, 'content-type': 'application/json' });

describe('working hours', () => {
  it('round-trips a week with a lunch break and an evening shift ending at 24:00, sorted', async () => {
    const provider = await createTestProvider(ctx);
    const week = [
      { weekday: 2, start: '18:00', end: '24:00' },
      { weekday: 1, start: '13:00', end: '17:30' },
      { weekday: 1, start: '08:00', end: '12:00' },
    ];
    const saved = await putHours(provider.id, jsonHeaders(manager), week);
    expect(saved.statusCode).toBe(200);
    const sorted = [week[2], week[1], week[0]];
    expect(saved.json()).toEqual(sorted);
    const read = await getHours(provider.id, staff.headers);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(sorted);
    const [event] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, provider.id), eq(auditEvents.action, 'working_hours.replace')));
    expect(event).toMatchObject({ actorId: manager.user.id, outcome: 'success' });
  });

  it('replaces the whole week, and an empty week clears it', async () => {
    const provider = await createTestProvider(ctx);
    await setWorkingHours(ctx, provider.id, [
      { weekday: 1, start: '09:00', end: '17:00' },
      { weekday: 3, start: '09:00', end: '17:00' },
    ]);
    const replaced = await putHours(provider.id, jsonHeaders(admin), [
      { weekday: 5, start: '10:00', end: '14:00' },
    ]);
    expect(replaced.statusCode).toBe(200);
    expect((await getHours(provider.id, staff.headers)).json()).toEqual([
      { weekday: 5, start: '10:00', end: '14:00' },
    ]);
    expect((await putHours(provider.id, jsonHeaders(admin), [])).json()).toEqual([]);
    expect(await ctx.db.select().from(workingHours).where(eq(workingHours.providerId, provider.id))).toEqual(
      [],
    );
  });

  it('keeps the old week when the new one is refused', async () => {
    const provider = await createTestProvider(ctx);
    await setWorkingHours(ctx, provider.id, [{ weekday: 1, start: '09:00', end: '17:00' }]);
    const refused = await putHours(provider.id, jsonHeaders(admin), [
      { weekday: 2, start: '9:00', end: '17:00' },
    ]);
    expect(refused.statusCode).toBe(422);
    expect((await getHours(provider.id, staff.headers)).json()).toEqual([
      { weekday: 1, start: '09:00', end: '17:00' },
    ]);
  });

  it('refuses malformed times, inverted and overlapping intervals and weekday 8, with paths', async () => {
    const provider = await createTestProvider(ctx);
    const cases: [unknown, string][] = [
      [[{ weekday: 1, start: '9:00', end: '17:00' }], '0.start'],
      [[{ weekday: 1, start: '09:00', end: '24:30' }], '0.end'],
      [[{ weekday: 1, start: '09:00', end: '25:00' }], '0.end'],
      [[{ weekday: 1, start: '17:00', end: '09:00' }], '0.end'],
      [[{ weekday: 1, start: '09:00', end: '09:00' }], '0.end'],
      [[{ weekday: 8, start: '09:00', end: '17:00' }], '0.weekday'],
      [[{ weekday: 0, start: '09:00', end: '17:00' }], '0.weekday'],
      [
        [
          { weekday: 4, start: '08:00', end: '12:00' },
          { weekday: 4, start: '11:30', end: '15:00' },
        ],
        '1.start',
      ],
      [
        [
          { weekday: 4, start: '08:00', end: '18:00' },
          { weekday: 3, start: '08:00', end: '12:00' },
          { weekday: 4, start: '10:00', end: '11:00' },
        ],
        '2.start',
      ],
    ];
    for (const [week, path] of cases) {
      const response = await putHours(provider.id, jsonHeaders(admin), week);
      expect(response.statusCode, JSON.stringify(week)).toBe(422);
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
      expect(response.json().errors, JSON.stringify(week)).toContainEqual(expect.objectContaining({ path }));
    }
    const touching = await putHours(provider.id, jsonHeaders(admin), [
      { weekday: 4, start: '08:00', end: '12:00' },
      { weekday: 4, start: '12:00', end: '16:00' },
    ]);
    expect(touching.statusCode).toBe(200);
  });

  it('is backed by the exclusion constraint, whose violation the service recognises', async () => {
    const provider = await createTestProvider(ctx);
    const overlapping = ctx.db.insert(workingHours).values([
      { providerId: provider.id, weekday: 2, startTime: '08:00', endTime: '12:00' },
      { providerId: provider.id, weekday: 2, startTime: '11:00', endTime: '24:00' },
    ]);
    const failure = await overlapping.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(sqlState(failure)).toBe(exclusionViolation);
  });

  it('answers 400 for a body that is not a week', async () => {
    const provider = await createTestProvider(ctx);
    expect((await putHours(provider.id, jsonHeaders(admin), { monday: '9-5' })).statusCode).toBe(400);
    expect(
      (await putHours(provider.id, jsonHeaders(admin), [{ weekday: '1', start: '09:00', end: '17:00' }]))
        .statusCode,
    ).toBe(400);
  });

  it('lets a provider edit their own hours but not a colleague’s', async () => {
    const own = await providerWithLogin();
    const colleague = await createTestProvider(ctx);
    const week = [{ weekday: 1, start: '08:00', end: '12:00' }];
    expect((await putHours(own.providerId, jsonHeaders(own.login), week)).statusCode).toBe(200);
    const denied = await putHours(colleague.id, jsonHeaders(own.login), week);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
    expect((await getHours(colleague.id, own.login.headers)).json()).toEqual([]);
    const [event] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, colleague.id), eq(auditEvents.outcome, 'denied')));
    expect(event).toMatchObject({ action: 'working_hours.replace', actorId: own.login.user.id });
    // A provider login not linked to any provider record owns no schedule at all.
    const unlinked = await logInAs(app, ctx, 'provider');
    expect((await putHours(own.providerId, jsonHeaders(unlinked), week)).statusCode).toBe(403);
  });

  it('lets staff read but not write hours, and keeps patients and the public out', async () => {
    const provider = await createTestProvider(ctx);
    const week = [{ weekday: 1, start: '08:00', end: '12:00' }];
    expect((await putHours(provider.id, jsonHeaders(staff), week)).statusCode).toBe(403);
    const patient = await logInAs(app, ctx, 'patient');
    expect((await getHours(provider.id, patient.headers)).statusCode).toBe(403);
    expect((await getHours(provider.id, {})).statusCode).toBe(401);
  });

  it('answers 404 for an unknown provider, even to a provider', async () => {
    const own = await providerWithLogin();
    expect((await getHours(unknownId, staff.headers)).statusCode).toBe(404);
    const response = await putHours(unknownId, jsonHeaders(own.login), []);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });
});
