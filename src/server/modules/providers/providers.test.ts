import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs } from '../../../../test/auth.ts';
import { createTestProvider } from '../../../../test/factories/scheduling.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { auditEvents } from '../audit/audit-tables.ts';

const { app, ctx } = await createTestApp();
const admin = await logInAs(app, ctx, 'admin');
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

describe('providers', () => {
  it('creates a provider linked to a provider login, audited', async () => {
    const login = await createTestUser(ctx, { role: 'provider' });
    const created = await call('POST', '/providers', manager.headers, {
      name: 'Dr. Helena Souza',
      title: 'DDS',
      color: '#1c7ed6',
      userId: login.id,
    });
    expect(created.statusCode).toBe(201);
    const provider = created.json();
    expect(provider).toMatchObject({
      name: 'Dr. Helena Souza',
      title: 'DDS',
      color: '#1c7ed6',
      active: true,
      userId: login.id,
    });
    const [event] = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, provider.id));
    expect(event).toMatchObject({ action: 'providers.create', actorId: manager.user.id, outcome: 'success' });
  });

  it('uses the default colour and no title when none is given', async () => {
    const created = await call('POST', '/providers', admin.headers, { name: 'Dr. Default' });
    expect(created.json()).toMatchObject({ color: '#228be6', title: null, userId: null });
  });

  it('links only users with the provider role, each to one provider', async () => {
    const receptionist = await createTestUser(ctx, { role: 'staff' });
    const wrongRole = await call('POST', '/providers', admin.headers, { name: 'X', userId: receptionist.id });
    expect(wrongRole.statusCode).toBe(422);
    expect(wrongRole.json().errors).toEqual([{ path: 'userId', message: expect.any(String) }]);
    const noSuchUser = await call('POST', '/providers', admin.headers, { name: 'X', userId: unknownId });
    expect(noSuchUser.statusCode).toBe(422);

    const login = await createTestUser(ctx, { role: 'provider' });
    await createTestProvider(ctx, { userId: login.id });
    const twice = await call('POST', '/providers', admin.headers, { name: 'Y', userId: login.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'userId' }] });
    const other = await createTestProvider(ctx);
    const relink = await call('PATCH', `/providers/${other.id}`, admin.headers, { userId: login.id });
    expect(relink.statusCode).toBe(409);
  });

  it('updates the fields given, relinks and unlinks', async () => {
    const provider = await createTestProvider(ctx, { name: 'Dr. Before' });
    const login = await createTestUser(ctx, { role: 'provider' });
    const renamed = await call('PATCH', `/providers/${provider.id}`, admin.headers, {
      name: 'Dr. After',
      userId: login.id,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Dr. After', title: provider.title, userId: login.id });
    const sameAgain = await call('PATCH', `/providers/${provider.id}`, admin.headers, { userId: login.id });
    expect(sameAgain.statusCode).toBe(200);
    const unlinked = await call('PATCH', `/providers/${provider.id}`, admin.headers, { userId: null });
    expect(unlinked.json().userId).toBeNull();
  });

  it('rejects bad input with field paths', async () => {
    const badColour = await call('POST', '/providers', admin.headers, { name: 'Dr. C', color: 'blue' });
    expect(badColour.statusCode).toBe(422);
    expect(badColour.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'color' }] });
    const noName = await call('POST', '/providers', admin.headers, { name: '  ' });
    expect(noName.json().errors).toEqual([{ path: 'name', message: 'Required' }]);
    const nul = await call('POST', '/providers', admin.headers, { name: 'Dr. \u0000' });
    expect(nul.statusCode).toBe(422);
    expect(nul.json().errors).toEqual([{ path: 'name', message: 'Must not contain NUL characters' }]);
    const extra = await call('POST', '/providers', admin.headers, { name: 'Dr. D', salary: 1 });
    expect(extra.statusCode).toBe(400);
  });

  it('answers 404 for an unknown provider', async () => {
    const response = await call('PATCH', `/providers/${unknownId}`, admin.headers, { name: 'Nobody' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });

  it('lets only admins and managers change providers', async () => {
    for (const caller of [staff, patient]) {
      const response = await call('POST', '/providers', caller.headers, { name: 'Dr. Nope' });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    const providerLogin = await logInAs(app, ctx, 'provider');
    expect((await call('POST', '/providers', providerLogin.headers, { name: 'Dr. Me' })).statusCode).toBe(
      403,
    );
    expect((await call('POST', '/providers', {}, { name: 'Dr. Anon' })).statusCode).toBe(401);
  });
});

describe('the provider list', () => {
  it('shows the public only active providers and public fields', async () => {
    const login = await createTestUser(ctx, { role: 'provider' });
    const shown = await createTestProvider(ctx, { name: 'Aa Visible', userId: login.id });
    const hidden = await createTestProvider(ctx, { name: 'Aa Retired', active: false });
    for (const headers of [{}, patient.headers]) {
      const response = await call('GET', '/providers?includeInactive=true', headers);
      expect(response.statusCode).toBe(200);
      const { items, nextCursor } = response.json();
      expect(nextCursor).toBeNull();
      expect(items).toContainEqual({
        id: shown.id,
        name: 'Aa Visible',
        title: shown.title,
        color: shown.color,
        active: true,
      });
      expect(items.map((item: { id: string }) => item.id)).not.toContain(hidden.id);
      for (const item of items) expect(item).not.toHaveProperty('userId');
    }
  });

  it('shows staff the linked user, and inactive providers when asked', async () => {
    const login = await createTestUser(ctx, { role: 'provider' });
    const linked = await createTestProvider(ctx, { userId: login.id });
    const retired = await createTestProvider(ctx, { active: false });
    const active = (await call('GET', '/providers', staff.headers)).json().items;
    expect(active).toContainEqual(expect.objectContaining({ id: linked.id, userId: login.id }));
    expect(active.map((item: { id: string }) => item.id)).not.toContain(retired.id);
    const all = (await call('GET', '/providers?includeInactive=true', staff.headers)).json().items;
    expect(all).toContainEqual(expect.objectContaining({ id: retired.id, active: false, userId: null }));
    expect((await call('GET', '/providers?includeInactive=maybe', staff.headers)).statusCode).toBe(400);
  });

  it('is ordered by name', async () => {
    for (const name of ['Zz Carla', 'Zz Ana', 'Zz Bruno']) await createTestProvider(ctx, { name });
    const names = (await call('GET', '/providers', staff.headers))
      .json()
      .items.map((item: { name: string }) => item.name)
      .filter((name: string) => name.startsWith('Zz '));
    expect(names).toEqual(['Zz Ana', 'Zz Bruno', 'Zz Carla']);
  });
});
