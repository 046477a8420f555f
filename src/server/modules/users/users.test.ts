import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logIn, logInAs } from '../../../../test/auth.ts';
import { mailedToken } from '../../../../test/mail-links.ts';
import { startSmtpSink } from '../../../../test/smtp-sink.ts';

const sink = await startSmtpSink();
const { app, ctx } = await createTestApp({ smtpUrl: sink.url });
afterAll(() => sink.close());
const admin = await logInAs(app, ctx, 'admin');

function call(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
  headers: Record<string, string> = admin.headers,
) {
  return app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
}

describe('users administration', () => {
  it('creates a staff account with a password that can log in at once', async () => {
    const created = await call('POST', '/users', {
      email: 'hygienist@clinic.test',
      name: 'Ana Costa',
      role: 'provider',
      password: 'polish scaler mirror 9',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ role: 'provider', active: true, invitationPending: false });
    expect((await logIn(app, 'hygienist@clinic.test', 'polish scaler mirror 9')).statusCode).toBe(200);
  });

  it('invites by mail when no password is given; the link sets it', async () => {
    const created = await call('POST', '/users', {
      email: 'front.desk@clinic.test',
      name: 'Rui Lopes',
      role: 'staff',
    });
    expect(created.json().invitationPending).toBe(true);
    const token = await mailedToken(sink, 'front.desk@clinic.test', 'accept-invitation');
    const accepted = await call(
      'POST',
      '/auth/invitation/accept',
      { token, password: 'appointment ledger 404' },
      {},
    );
    expect(accepted.statusCode).toBe(204);
    expect((await logIn(app, 'front.desk@clinic.test', 'appointment ledger 404')).statusCode).toBe(200);
  });

  it('does not create patients, duplicates or weak passwords here', async () => {
    expect(
      (await call('POST', '/users', { email: 'p@clinic.test', name: 'P', role: 'patient' })).statusCode,
    ).toBe(400);
    await call('POST', '/users', { email: 'twice@clinic.test', name: 'Twice', role: 'staff' });
    expect(
      (await call('POST', '/users', { email: 'Twice@clinic.test', name: 'Twice', role: 'staff' })).statusCode,
    ).toBe(409);
    const weak = await call('POST', '/users', {
      email: 'w@clinic.test',
      name: 'W',
      role: 'staff',
      password: 'password12',
    });
    expect(weak.statusCode).toBe(422);
  });

  it('lists staff accounts a page at a time', async () => {
    const first = await call('GET', '/users?limit=2');
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(2);
    const second = await call('GET', `/users?limit=2&cursor=${first.json().nextCursor}`);
    const ids = [...first.json().items, ...second.json().items].map((user: { id: string }) => user.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await call('GET', '/users?limit=500')).statusCode).toBe(422);
    expect((await call('GET', '/users?cursor=%%%')).statusCode).toBe(400);
  });

  it('changes a role, which ends the person’s sessions so the new role applies at once', async () => {
    const staff = await logInAs(app, ctx, 'staff');
    const changed = await call('PATCH', `/users/${staff.user.id}`, { role: 'manager' });
    expect(changed.json().role).toBe('manager');
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: staff.headers })).statusCode,
    ).toBe(401);
  });

  it('keeps at least one active admin and refuses to deactivate oneself', async () => {
    const solo = await createTestApp();
    const onlyAdmin = await logInAs(solo.app, solo.ctx, 'admin');
    const demote = await solo.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${onlyAdmin.user.id}`,
      headers: onlyAdmin.headers,
      payload: { role: 'staff' },
    });
    expect(demote.statusCode).toBe(422);
    expect(demote.json().code).toBe('last_admin');
    const other = await logInAs(solo.app, solo.ctx, 'admin');
    const self = await solo.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${other.user.id}`,
      headers: other.headers,
      payload: { active: false },
    });
    expect(self.json().code).toBe('cannot_deactivate_self');
  });

  it('answers 404 for an unknown user and a validation problem for a malformed id', async () => {
    expect(
      (await call('PATCH', '/users/00000000-0000-4000-8000-000000000000', { name: 'X' })).statusCode,
    ).toBe(404);
    expect((await call('PATCH', '/users/not-a-uuid', { name: 'X' })).json()).toMatchObject({
      status: 422,
      errors: [{ path: 'params.id' }],
    });
    expect((await call('POST', '/users/00000000-0000-4000-8000-000000000000/reset-2fa')).statusCode).toBe(
      404,
    );
  });
});
