import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logIn, logInUser } from '../../../../test/auth.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { auditEvents } from '../audit/audit-tables.ts';

let clockOffsetMs = 0;
const { app, ctx } = await createTestApp({}, { now: () => new Date(Date.now() + clockOffsetMs) });

function logInFrom(ip: string, email: string, password: string) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: ip,
  });
}

describe('logging in', () => {
  it('answers a token, the user and an httpOnly SameSite=Strict refresh cookie', async () => {
    const user = await createTestUser(ctx, { role: 'manager' });
    const response = await logIn(app, user.email.toUpperCase(), user.password);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      expiresIn: 900,
      user: { id: user.id, email: user.email, role: 'manager', name: user.name },
    });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/topsmile_refresh=[^;]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api/v1/auth');
  });

  it('gives the same answer for an unknown email and a wrong password, in similar time', async () => {
    const user = await createTestUser(ctx);
    const timings = { unknown: [] as number[], wrong: [] as number[] };
    let unknownBody = '';
    let wrongBody = '';
    for (let i = 0; i < 4; i++) {
      let started = performance.now();
      const unknown = await logInFrom(`10.0.1.${i}`, `nobody-${i}@clinic.test`, 'whatever password 1');
      timings.unknown.push(performance.now() - started);
      started = performance.now();
      const wrong = await logInFrom(`10.0.2.${i}`, user.email, 'wrong password entirely');
      timings.wrong.push(performance.now() - started);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      unknownBody = unknown.body;
      wrongBody = wrong.body;
    }
    expect(JSON.parse(unknownBody)).toEqual(JSON.parse(wrongBody));
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    // Both paths run one argon2 verification; without the decoy hash the unknown email would answer ~10× faster.
    expect(median(timings.unknown)).toBeGreaterThan(median(timings.wrong) / 3);
  });

  it('refuses a deactivated account with the same 401', async () => {
    const user = await createTestUser(ctx, { active: false });
    const response = await logIn(app, user.email, user.password);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
  });

  it('locks out an account at one address after 5 failures, without locking the real user elsewhere', async () => {
    const user = await createTestUser(ctx);
    for (let i = 0; i < 5; i++) {
      expect((await logInFrom('10.9.9.9', user.email, 'not the password at all')).statusCode).toBe(401);
    }
    const locked = await logInFrom('10.9.9.9', user.email, user.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect((await logInFrom('10.1.1.1', user.email, user.password)).statusCode).toBe(200);
  });

  it('stops one address spraying many accounts', async () => {
    let lastStatus = 0;
    for (let i = 0; i < 51; i++) {
      lastStatus = (await logInFrom('10.7.7.7', `spray-${i}@clinic.test`, 'guess password 123')).statusCode;
    }
    expect(lastStatus).toBe(429);
  });

  it('verifies at most 5 guesses out of 20 sent in parallel', async () => {
    const user = await createTestUser(ctx);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => logInFrom('10.8.8.8', user.email, 'parallel wrong guess 1')),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    const verified = (await ctx.db.select().from(auditEvents)).filter(
      (event) => event.action === 'auth.login' && event.entityId === user.id,
    );
    expect(verified.length).toBeLessThanOrEqual(5);
  });

  it('lets the lockout of an account at an address run out with its window', async () => {
    const user = await createTestUser(ctx);
    for (let i = 0; i < 8; i++) await logInFrom('10.6.6.6', user.email, 'not the password at all');
    expect((await logInFrom('10.6.6.6', user.email, user.password)).statusCode).toBe(429);
    expect((await logInFrom('10.6.6.7', user.email, user.password)).statusCode).toBe(200);
    clockOffsetMs = 16 * 60_000;
    try {
      expect((await logInFrom('10.6.6.6', user.email, user.password)).statusCode).toBe(200);
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('clears the failure count after a successful login', async () => {
    const user = await createTestUser(ctx);
    for (let i = 0; i < 4; i++) await logInFrom('10.3.3.3', user.email, 'wrong wrong wrong');
    expect((await logInFrom('10.3.3.3', user.email, user.password)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await logInFrom('10.3.3.3', user.email, 'wrong wrong wrong');
    expect((await logInFrom('10.3.3.3', user.email, user.password)).statusCode).toBe(200);
  });

  it('records successful and failed logins in the audit trail, without the password', async () => {
    const user = await createTestUser(ctx);
    await logInFrom('10.4.4.4', user.email, 'a wrong password here');
    await logInUser(app, user);
    const events = (await ctx.db.select().from(auditEvents)).filter(
      (event) => event.action === 'auth.login' && event.entityId === user.id,
    );
    expect(events.map((event) => event.outcome).sort()).toEqual(['failure', 'success']);
    expect(JSON.stringify(events)).not.toContain('a wrong password here');
  });

  it('rejects a malformed login body with 400', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 5 } });
    expect(response.statusCode).toBe(400);
  });
});
