import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs } from '../../../../test/auth.ts';
import { createTestOperatory } from '../../../../test/factories/scheduling.ts';
import { auditEvents } from '../audit/audit-tables.ts';

const { app, ctx } = await createTestApp();
const admin = await logInAs(app, ctx, 'admin');
const staff = await logInAs(app, ctx, 'staff');
const unknownId = '00000000-0000-4000-8000-000000000000';

function call(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) {
  return app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
}

describe('operatories', () => {
  it('creates, renames and retires a chair, audited', async () => {
    const created = await call('POST', '/operatories', admin.headers, { name: 'Chair 1' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: expect.any(String), name: 'Chair 1', active: true });
    const { id } = created.json();
    const renamed = await call('PATCH', `/operatories/${id}`, admin.headers, { name: 'Chair 1 (window)' });
    expect(renamed.json()).toEqual({ id, name: 'Chair 1 (window)', active: true });
    const retired = await call('PATCH', `/operatories/${id}`, admin.headers, { active: false });
    expect(retired.json()).toEqual({ id, name: 'Chair 1 (window)', active: false });
    const unchanged = await call('PATCH', `/operatories/${id}`, admin.headers, {});
    expect(unchanged.json()).toEqual(retired.json());
    const actions = (await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, id))).map(
      (event) => event.action,
    );
    expect(actions).toEqual([
      'operatories.create',
      'operatories.update',
      'operatories.update',
      'operatories.update',
    ]);
  });

  it('lists active ones for staff, all with includeInactive', async () => {
    const open = await createTestOperatory(ctx, { name: 'Room A' });
    const closed = await createTestOperatory(ctx, { name: 'Room B', active: false });
    const active = (await call('GET', '/operatories', staff.headers)).json();
    expect(active.nextCursor).toBeNull();
    expect(active.items).toContainEqual({ id: open.id, name: 'Room A', active: true });
    expect(active.items.map((item: { id: string }) => item.id)).not.toContain(closed.id);
    const all = (await call('GET', '/operatories?includeInactive=true', staff.headers)).json().items;
    expect(all).toContainEqual({ id: closed.id, name: 'Room B', active: false });
  });

  it('refuses a duplicate name, in any letter case', async () => {
    const existing = await createTestOperatory(ctx, { name: 'Surgery' });
    const duplicate = await call('POST', '/operatories', admin.headers, { name: 'surgery' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'name' }] });
    const other = await createTestOperatory(ctx);
    expect(
      (await call('PATCH', `/operatories/${other.id}`, admin.headers, { name: 'Surgery' })).statusCode,
    ).toBe(409);
    expect(
      (await call('PATCH', `/operatories/${existing.id}`, admin.headers, { name: 'SURGERY' })).statusCode,
    ).toBe(200);
  });

  it('checks input, permissions and ids', async () => {
    const empty = await call('POST', '/operatories', admin.headers, { name: ' ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors).toEqual([{ path: 'name', message: 'Required' }]);
    expect((await call('POST', '/operatories', admin.headers, { name: 'Chair \u0000' })).statusCode).toBe(
      422,
    );
    expect((await call('POST', '/operatories', staff.headers, { name: 'Chair 9' })).statusCode).toBe(403);
    const patient = await logInAs(app, ctx, 'patient');
    expect((await call('GET', '/operatories', patient.headers)).statusCode).toBe(403);
    const missing = await call('PATCH', `/operatories/${unknownId}`, admin.headers, { name: 'Ghost' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
  });
});
