import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs } from '../../../../test/auth.ts';
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

describe('holidays', () => {
  it('adds holidays, lists them by date and deletes one, audited', async () => {
    const christmas = await call('POST', '/holidays', manager.headers, {
      date: '2026-12-25',
      name: 'Christmas',
    });
    expect(christmas.statusCode).toBe(201);
    expect(christmas.json()).toEqual({ id: expect.any(String), date: '2026-12-25', name: 'Christmas' });
    const tiradentes = await call('POST', '/holidays', manager.headers, {
      date: '2026-04-21',
      name: 'Tiradentes',
    });

    const listed = await call('GET', '/holidays', staff.headers);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual({ items: [tiradentes.json(), christmas.json()], nextCursor: null });

    expect((await call('DELETE', `/holidays/${tiradentes.json().id}`, manager.headers)).statusCode).toBe(204);
    expect((await call('GET', '/holidays', staff.headers)).json().items).toEqual([christmas.json()]);
    const actions = (
      await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, tiradentes.json().id))
    ).map((event) => event.action);
    expect(actions).toEqual(['holidays.create', 'holidays.delete']);
  });

  it('allows one holiday per date', async () => {
    await call('POST', '/holidays', manager.headers, { date: '2027-01-01', name: 'New Year' });
    const again = await call('POST', '/holidays', manager.headers, { date: '2027-01-01', name: 'Ano Novo' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'date' }] });
  });

  it('refuses bad dates and empty names with paths', async () => {
    const badDate = await call('POST', '/holidays', manager.headers, { date: '2026-02-30', name: 'Nope' });
    expect(badDate.statusCode).toBe(422);
    expect(badDate.json().errors).toEqual([{ path: 'date', message: expect.any(String) }]);
    const noName = await call('POST', '/holidays', manager.headers, { date: '2026-11-15', name: '' });
    expect(noName.json().errors).toEqual([{ path: 'name', message: 'Required' }]);
    const yearZero = await call('POST', '/holidays', manager.headers, { date: '0000-01-01', name: 'Zero' });
    expect(yearZero.statusCode).toBe(422);
    expect(yearZero.json().errors).toEqual([{ path: 'date', message: expect.any(String) }]);
    const nul = await call('POST', '/holidays', manager.headers, { date: '2026-11-15', name: 'a\u0000' });
    expect(nul.json().errors).toEqual([{ path: 'name', message: 'Must not contain NUL characters' }]);
  });

  it('lets staff read but only admins and managers change, and answers 404 for unknown ids', async () => {
    expect(
      (await call('POST', '/holidays', staff.headers, { date: '2026-11-02', name: 'X' })).statusCode,
    ).toBe(403);
    const patient = await logInAs(app, ctx, 'patient');
    expect((await call('GET', '/holidays', patient.headers)).statusCode).toBe(403);
    expect((await call('GET', '/holidays', {})).statusCode).toBe(401);
    const missing = await call('DELETE', `/holidays/${unknownId}`, manager.headers);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
  });
});
