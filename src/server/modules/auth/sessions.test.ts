import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs, logInUser } from '../../../../test/auth.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { auditEvents } from '../audit/audit-tables.ts';
import { signAccessToken } from './access-token.ts';

let clock = new Date('2026-06-01T12:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });

function me(authorization: string) {
  return app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization } });
}
function refresh(cookie: string) {
  return app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie } });
}
function cookieOf(response: { headers: Record<string, unknown> }): string {
  return String(response.headers['set-cookie']).split(';')[0] ?? '';
}

describe('access tokens', () => {
  it('lets a logged-in user read who they are', async () => {
    const session = await logInAs(app, ctx, 'provider');
    const response = await me(session.headers.authorization);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: session.user.id, role: 'provider', twoFactorEnabled: false });
  });

  it('rejects anonymous, malformed, forged, `none`, other-algorithm and tampered tokens', async () => {
    const session = await logInAs(app, ctx, 'staff');
    const [header, payload, signature] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const escalated = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    const unsigned = new UnsecuredJWT({ ...claims }).encode();
    const forged = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('not-the-server-secret-not-the-server-secret'));
    const hs512 = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS512' })
      .sign(new TextEncoder().encode(ctx.config.jwtSecret));
    const attempts = {
      missing: undefined,
      notBearer: `Basic ${session.accessToken}`,
      garbage: 'Bearer not.a.jwt',
      none: `Bearer ${unsigned}`,
      forged: `Bearer ${forged}`,
      otherAlgorithm: `Bearer ${hs512}`,
      tampered: `Bearer ${header}.${escalated}.${signature}`,
    };
    for (const [name, authorization] of Object.entries(attempts)) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: authorization ? { authorization } : {},
      });
      expect(response.statusCode, name).toBe(401);
      expect(response.json().code, name).toBe('unauthenticated');
    }
  });

  it('rejects a token signed with the real key but carrying no expiry', async () => {
    const session = await logInAs(app, ctx, 'staff');
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1] ?? '', 'base64url').toString());
    const { exp: _exp, ...withoutExpiry } = claims;
    const eternal = await new SignJWT(withoutExpiry)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(ctx.config.jwtSecret));
    expect((await me(`Bearer ${eternal}`)).statusCode).toBe(401);
    expect((await me(session.headers.authorization)).statusCode).toBe(200);
  });

  it('rejects an expired token', async () => {
    const user = await createTestUser(ctx);
    const session = await logInUser(app, user);
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1] ?? '', 'base64url').toString());
    const stale = await signAccessToken(
      ctx.config.jwtSecret,
      { userId: user.id, role: user.role, sessionId: claims.sid, tokenVersion: claims.ver },
      new Date(clock.getTime() - 16 * 60_000),
    );
    expect((await me(`Bearer ${stale}`)).statusCode).toBe(401);
    expect((await me(session.headers.authorization)).statusCode).toBe(200);
  });

  it('stops working the moment the user is deactivated', async () => {
    const admin = await logInAs(app, ctx, 'admin');
    const staff = await logInAs(app, ctx, 'staff');
    expect((await me(staff.headers.authorization)).statusCode).toBe(200);
    const deactivated = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${staff.user.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(deactivated.statusCode).toBe(200);
    expect((await me(staff.headers.authorization)).statusCode).toBe(401);
    expect((await refresh(staff.refreshCookie)).statusCode).toBe(401);
  });
});

describe('refresh tokens', () => {
  it('rotate: each refresh answers a new access token and a new cookie', async () => {
    const session = await logInAs(app, ctx, 'staff');
    const first = await refresh(session.refreshCookie);
    expect(first.statusCode).toBe(200);
    expect(first.json().accessToken).toEqual(expect.any(String));
    const next = cookieOf(first);
    expect(next).not.toBe(session.refreshCookie);
    expect((await refresh(next)).statusCode).toBe(200);
  });

  it('revoke the whole session when a spent token is presented again', async () => {
    const session = await logInAs(app, ctx, 'staff');
    const rotated = await refresh(session.refreshCookie);
    const current = cookieOf(rotated);
    // Past the grace that lets a second tab refresh with the token the first has just spent.
    clock = new Date(clock.getTime() + 11_000);
    const replay = await refresh(session.refreshCookie);
    expect(replay.statusCode).toBe(401);
    // The legitimate holder's newer token and access token die with the family.
    expect((await refresh(current)).statusCode).toBe(401);
    expect((await me(`Bearer ${rotated.json().accessToken}`)).statusCode).toBe(401);
    const reuse = (await ctx.db.select().from(auditEvents)).find(
      (event) => event.action === 'auth.refresh_token_reused' && event.actorId === session.user.id,
    );
    expect(reuse?.outcome).toBe('denied');
  });

  it('answer two tabs refreshing at once with the same session, not a revocation', async () => {
    const session = await logInAs(app, ctx, 'staff');
    const [first, second] = await Promise.all([
      refresh(session.refreshCookie),
      refresh(session.refreshCookie),
    ]);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    const sessionIds = [first, second].map(
      (response) =>
        JSON.parse(Buffer.from(response.json().accessToken.split('.')[1], 'base64url').toString()).sid,
    );
    expect(sessionIds).toEqual([sessionIds[0], sessionIds[0]]);
    expect((await me(`Bearer ${first.json().accessToken}`)).statusCode).toBe(200);
    expect((await refresh(cookieOf(second))).statusCode).toBe(200);
  });

  it('treat a spent token from another client as re-use even within the grace', async () => {
    const session = await logInAs(app, ctx, 'staff');
    const rotated = await refresh(session.refreshCookie);
    expect(rotated.statusCode).toBe(200);
    const thief = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: session.refreshCookie, 'user-agent': 'curl/8.0' },
    });
    expect(thief.statusCode).toBe(401);
    expect((await refresh(cookieOf(rotated))).statusCode).toBe(401);
  });

  it('after the grace, detect the re-use of a spent token that a second tab also used in time', async () => {
    const session = await logInAs(app, ctx, 'staff');
    const first = await refresh(session.refreshCookie);
    const second = await refresh(session.refreshCookie);
    expect(second.statusCode).toBe(200);
    clock = new Date(clock.getTime() + 11_000);
    // The browser kept the second tab's cookie; the first's successor was superseded by its next use.
    expect((await refresh(cookieOf(second))).statusCode).toBe(200);
    expect((await refresh(cookieOf(first))).statusCode).toBe(401);
    expect((await refresh(session.refreshCookie)).statusCode).toBe(401);
  });

  it('end after 30 days even when used', async () => {
    const session = await logInAs(app, ctx, 'staff');
    const saved = clock;
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    try {
      expect((await refresh(session.refreshCookie)).statusCode).toBe(401);
    } finally {
      clock = saved;
    }
  });

  it('answer 401 without a cookie or with an unknown one', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/refresh' })).statusCode).toBe(401);
    expect((await refresh('topsmile_refresh=made-up')).statusCode).toBe(401);
  });
});

describe('logging out', () => {
  it('revokes the refresh token and the access token of that session only', async () => {
    const user = await createTestUser(ctx);
    const laptop = await logInUser(app, user);
    const phone = await logInUser(app, user);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...laptop.headers, cookie: laptop.refreshCookie },
    });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toContain('topsmile_refresh=;');
    expect((await refresh(laptop.refreshCookie)).statusCode).toBe(401);
    expect((await me(laptop.headers.authorization)).statusCode).toBe(401);
    expect((await me(phone.headers.authorization)).statusCode).toBe(200);
  });
});
