import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { type LoggedIn, logInAs, logInUser } from '../../../../test/auth.ts';
import { createTestProvider } from '../../../../test/factories/scheduling.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { auditEvents } from '../audit/audit-tables.ts';

const { app, ctx } = await createTestApp();
const manager = await logInAs(app, ctx, 'manager');
const staff = await logInAs(app, ctx, 'staff');
const unknownId = '00000000-0000-4000-8000-000000000000';

function call(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) {
  return app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
}

async function providerWithLogin(): Promise<{ providerId: string; login: LoggedIn }> {
  const user = await createTestUser(ctx, { role: 'provider' });
  const provider = await createTestProvider(ctx, { userId: user.id });
  return { providerId: provider.id, login: await logInUser(app, user) };
}

describe('time off', () => {
  it('adds, lists by start and deletes absences, audited', async () => {
    const provider = await createTestProvider(ctx);
    const later = await call('POST', `/providers/${provider.id}/time-off`, manager.headers, {
      start: '2026-07-01T00:00:00-03:00',
      end: '2026-07-15T00:00:00-03:00',
      reason: 'Vacation',
    });
    expect(later.statusCode).toBe(201);
    expect(later.json()).toEqual({
      id: expect.any(String),
      start: '2026-07-01T03:00:00.000Z',
      end: '2026-07-15T03:00:00.000Z',
      reason: 'Vacation',
    });
    const sooner = await call('POST', `/providers/${provider.id}/time-off`, manager.headers, {
      start: '2026-03-10T13:00:00Z',
      end: '2026-03-10T17:30:00Z',
    });
    expect(sooner.json()).toMatchObject({ reason: null });

    const listed = await call('GET', `/providers/${provider.id}/time-off`, staff.headers);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual({ items: [sooner.json(), later.json()], nextCursor: null });

    const deleted = await call(
      'DELETE',
      `/providers/${provider.id}/time-off/${sooner.json().id}`,
      manager.headers,
    );
    expect(deleted.statusCode).toBe(204);
    expect((await call('GET', `/providers/${provider.id}/time-off`, staff.headers)).json().items).toEqual([
      later.json(),
    ]);
    const actions = (
      await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, sooner.json().id))
    ).map((event) => event.action);
    expect(actions).toEqual(['time_off.create', 'time_off.delete']);
  });

  it('refuses an end before the start and instants without an offset', async () => {
    const provider = await createTestProvider(ctx);
    const inverted = await call('POST', `/providers/${provider.id}/time-off`, manager.headers, {
      start: '2026-03-10T17:00:00Z',
      end: '2026-03-10T09:00:00Z',
    });
    expect(inverted.statusCode).toBe(422);
    expect(inverted.json().errors).toEqual([{ path: 'end', message: 'End must be after start' }]);
    const local = await call('POST', `/providers/${provider.id}/time-off`, manager.headers, {
      start: '2026-03-10T09:00:00',
      end: '2026-03-10T17:00:00Z',
    });
    expect(local.statusCode).toBe(422);
    expect(local.json().errors).toContainEqual(expect.objectContaining({ path: 'start' }));
    // Year 0 and year 10000 (9999 at -14:00) are beyond PostgreSQL: a 422, never a 500.
    for (const [start, end, path] of [
      ['0000-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'start'],
      ['2026-01-01T00:00:00Z', '9999-12-31T23:00:00-14:00', 'end'],
    ]) {
      const farOff = await call('POST', `/providers/${provider.id}/time-off`, manager.headers, {
        start,
        end,
      });
      expect(farOff.statusCode).toBe(422);
      expect(farOff.json().errors).toContainEqual(expect.objectContaining({ path }));
    }
    const nul = await call('POST', `/providers/${provider.id}/time-off`, manager.headers, {
      start: '2026-03-10T09:00:00Z',
      end: '2026-03-10T17:00:00Z',
      reason: 'a\u0000b',
    });
    expect(nul.statusCode).toBe(422);
    expect(nul.json().errors).toEqual([{ path: 'reason', message: 'Must not contain NUL characters' }]);
  });

  it('lets a provider manage only their own time off', async () => {
    const own = await providerWithLogin();
    const colleague = await createTestProvider(ctx);
    const absence = { start: '2026-04-01T12:00:00Z', end: '2026-04-01T15:00:00Z', reason: 'Dentist' };
    const mine = await call('POST', `/providers/${own.providerId}/time-off`, own.login.headers, absence);
    expect(mine.statusCode).toBe(201);
    const theirs = await call('POST', `/providers/${colleague.id}/time-off`, own.login.headers, absence);
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().code).toBe('forbidden');

    const colleagues = await call('POST', `/providers/${colleague.id}/time-off`, manager.headers, absence);
    const deleteTheirs = await call(
      'DELETE',
      `/providers/${colleague.id}/time-off/${colleagues.json().id}`,
      own.login.headers,
    );
    expect(deleteTheirs.statusCode).toBe(403);
    // Someone else's absence through one's own provider URL is simply not there.
    const throughOwnUrl = await call(
      'DELETE',
      `/providers/${own.providerId}/time-off/${colleagues.json().id}`,
      own.login.headers,
    );
    expect(throughOwnUrl.statusCode).toBe(404);
    const [denial] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'time_off.delete'), eq(auditEvents.outcome, 'denied')));
    expect(denial).toMatchObject({ entityId: colleague.id, actorId: own.login.user.id });
    expect(
      (await call('DELETE', `/providers/${own.providerId}/time-off/${mine.json().id}`, own.login.headers))
        .statusCode,
    ).toBe(204);
  });

  it('lets staff read but not write, and answers 404 for unknown ids', async () => {
    const provider = await createTestProvider(ctx);
    const absence = { start: '2026-04-01T12:00:00Z', end: '2026-04-01T15:00:00Z' };
    expect(
      (await call('POST', `/providers/${provider.id}/time-off`, staff.headers, absence)).statusCode,
    ).toBe(403);
    expect((await call('GET', `/providers/${unknownId}/time-off`, staff.headers)).statusCode).toBe(404);
    expect(
      (await call('POST', `/providers/${unknownId}/time-off`, manager.headers, absence)).statusCode,
    ).toBe(404);
    const missing = await call('DELETE', `/providers/${provider.id}/time-off/${unknownId}`, manager.headers);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
  });
});
