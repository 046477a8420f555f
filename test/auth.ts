import type { App } from '../src/server/app.ts';
import type { AppContext } from '../src/server/context.ts';
import type { Role } from '../src/shared/permissions.ts';
import { createTestUser, type TestUser } from './factories/users.ts';

export type LoggedIn = {
  user: TestUser;
  accessToken: string;
  headers: { authorization: string };
  /** The refresh cookie as the browser would send it back. */
  refreshCookie: string;
};

/** Logs in through the real endpoint, as the web app does. */
export async function logIn(app: App, email: string, password: string, totp?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, ...(totp ? { totp } : {}) },
  });
}

export function refreshCookieOf(setCookie: string | string[] | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const refresh = cookies.find((cookie) => cookie.startsWith('topsmile_refresh='));
  if (!refresh) throw new Error('no refresh cookie was set');
  return refresh.split(';')[0] ?? '';
}

export async function logInAs(app: App, ctx: AppContext, role: Role): Promise<LoggedIn> {
  const user = await createTestUser(ctx, { role });
  return logInUser(app, user);
}

export async function logInUser(app: App, user: TestUser): Promise<LoggedIn> {
  const response = await logIn(app, user.email, user.password);
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const { accessToken } = response.json();
  return {
    user,
    accessToken,
    headers: { authorization: `Bearer ${accessToken}` },
    refreshCookie: refreshCookieOf(response.headers['set-cookie']),
  };
}

/** An Authorization header for a fresh user of the role, logged in through the API. */
export async function authHeader(app: App, role: Role): Promise<{ authorization: string }> {
  return (await logInAs(app, app.ctx, role)).headers;
}
