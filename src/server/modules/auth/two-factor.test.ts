import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logIn, logInAs, logInUser } from '../../../../test/auth.ts';
import { createTestUser, type TestUser } from '../../../../test/factories/users.ts';

// A controllable clock: each TOTP code belongs to a 30-second step, and a step is never accepted twice.
let clock = new Date('2026-09-01T08:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
const advance = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};
const codeAt = (secret: string) => generate({ secret, epoch: Math.floor(clock.getTime() / 1000) });

function post(url: string, headers: Record<string, string>, payload?: object) {
  return app.inject({ method: 'POST', url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
}

async function enrol(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
  const session = await logInUser(app, user);
  const setup = await post('/auth/2fa/setup', session.headers);
  expect(setup.statusCode).toBe(200);
  const { secret, otpauthUrl, qrCodeDataUrl } = setup.json();
  expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/TopSmile:/);
  expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
  const confirmed = await post('/auth/2fa/confirm', session.headers, { code: await codeAt(secret) });
  expect(confirmed.statusCode).toBe(200);
  return { secret, recoveryCodes: confirmed.json().recoveryCodes };
}

describe('two-factor authentication', () => {
  it('once enrolled, login needs the current code, and a code is never accepted twice', async () => {
    const user = await createTestUser(ctx, { role: 'staff' });
    const { secret } = await enrol(user);

    const missing = await logIn(app, user.email, user.password);
    expect(missing.statusCode).toBe(401);
    expect(missing.json().code).toBe('totp_required');

    advance(30);
    const code = await codeAt(secret);
    const wrong = await logIn(app, user.email, user.password, code === '000000' ? '111111' : '000000');
    expect(wrong.json().code).toBe('totp_required');
    expect((await logIn(app, user.email, user.password, code)).statusCode).toBe(200);
    expect((await logIn(app, user.email, user.password, code)).statusCode).toBe(401);
  });

  it('accepts each recovery code once', async () => {
    const user = await createTestUser(ctx, { role: 'provider' });
    const { recoveryCodes } = await enrol(user);
    expect(recoveryCodes).toHaveLength(10);
    const [first] = recoveryCodes;
    expect((await logIn(app, user.email, user.password, first)).statusCode).toBe(200);
    expect((await logIn(app, user.email, user.password, first)).statusCode).toBe(401);
  });

  it('refuses a wrong confirmation code and is only for staff', async () => {
    const staff = await logInAs(app, ctx, 'manager');
    await post('/auth/2fa/setup', staff.headers);
    const wrong = await post('/auth/2fa/confirm', staff.headers, { code: '123456' });
    expect(wrong.statusCode).toBe(422);
    const patient = await logInAs(app, ctx, 'patient');
    expect((await post('/auth/2fa/setup', patient.headers)).statusCode).toBe(403);
  });

  it('can be turned off with a current code', async () => {
    const user = await createTestUser(ctx, { role: 'staff' });
    const { secret } = await enrol(user);
    advance(30);
    const login = await logIn(app, user.email, user.password, await codeAt(secret));
    const headers = { authorization: `Bearer ${login.json().accessToken}` };
    advance(30);
    expect((await post('/auth/2fa/disable', headers, { code: await codeAt(secret) })).statusCode).toBe(204);
    expect((await logIn(app, user.email, user.password)).statusCode).toBe(200);
  });

  it('cannot be required by an admin who has not set it up', async () => {
    const admin = await logInAs(app, ctx, 'admin');
    const refused = await app.inject({
      method: 'PUT',
      url: '/api/v1/security-policy',
      headers: admin.headers,
      payload: { requireStaffTwoFactor: true },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('enroll_two_factor_first');
  });

  it('when required by the admin, staff without it can only enrol until they do', async () => {
    const adminUser = await createTestUser(ctx, { role: 'admin' });
    const { secret: adminSecret } = await enrol(adminUser);
    advance(30);
    const adminLogin = await logIn(app, adminUser.email, adminUser.password, await codeAt(adminSecret));
    const admin = { headers: { authorization: `Bearer ${adminLogin.json().accessToken}` } };
    const policy = await app.inject({
      method: 'PUT',
      url: '/api/v1/security-policy',
      headers: admin.headers,
      payload: { requireStaffTwoFactor: true },
    });
    expect(policy.statusCode).toBe(200);
    try {
      const user = await createTestUser(ctx, { role: 'admin' });
      const session = await logInUser(app, user);
      const login = await logIn(app, user.email, user.password);
      expect(login.json().twoFactorEnrollmentRequired).toBe(true);
      const blocked = await app.inject({ method: 'GET', url: '/api/v1/users', headers: session.headers });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().code).toBe('two_factor_enrollment_required');
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers })).statusCode,
      ).toBe(200);

      advance(30);
      const { secret } = await enrol(user);
      advance(30);
      const after = await logIn(app, user.email, user.password, await codeAt(secret));
      const headers = { authorization: `Bearer ${after.json().accessToken}` };
      expect(after.json().twoFactorEnrollmentRequired).toBe(false);
      expect((await app.inject({ method: 'GET', url: '/api/v1/users', headers })).statusCode).toBe(200);
    } finally {
      await app.inject({
        method: 'PUT',
        url: '/api/v1/security-policy',
        headers: admin.headers,
        payload: { requireStaffTwoFactor: false },
      });
    }
  });
});
