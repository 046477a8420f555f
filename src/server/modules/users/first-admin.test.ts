import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logIn } from '../../../../test/auth.ts';
import { users } from '../../db/schema.ts';
import { issueUserToken } from '../auth/user-tokens.ts';
import { createAdmin, ensureFirstAdmin } from './bootstrap-admin.ts';

const { app, ctx } = await createTestApp();

describe('first administrator', () => {
  it('with a printed password must change it at the first login, and no longer once changed', async () => {
    const created = await ensureFirstAdmin(ctx);
    const password = created?.generatedPassword ?? '';
    expect(password).not.toBe('');

    const first = await logIn(app, 'admin@topsmile.local', password);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ passwordChangeRequired: true, user: { role: 'admin' } });

    const newPassword = 'a brand new admin passphrase 2026';
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { authorization: `Bearer ${first.json().accessToken}` },
      payload: { currentPassword: password, newPassword },
    });
    expect(changed.statusCode).toBe(204);

    const again = await logIn(app, 'admin@topsmile.local', newPassword);
    expect(again.json()).toMatchObject({ passwordChangeRequired: false });
  });

  it('with a password chosen by whoever set it up is not asked to change it', async () => {
    const password = 'chosen admin passphrase for tests 2026';
    await createAdmin(ctx, { email: 'chosen-admin@topsmile.test', password });
    const login = await logIn(app, 'chosen-admin@topsmile.test', password);
    expect(login.json()).toMatchObject({ passwordChangeRequired: false });
  });

  it('with a printed password is no longer asked once they chose one through a reset link', async () => {
    const email = 'reset-admin@topsmile.test';
    await createAdmin(ctx, { email });
    const [user] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const token = await issueUserToken(ctx.db, user?.id ?? '', 'password_reset', ctx.now());
    const newPassword = 'a reset admin passphrase for 2026';
    const confirmed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: newPassword },
    });
    expect(confirmed.statusCode).toBe(204);
    expect((await logIn(app, email, newPassword)).json()).toMatchObject({ passwordChangeRequired: false });
  });
});
