import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { users } from '../../db/schema.ts';
import { assertStrongPassword, hashPassword } from '../auth/passwords.ts';

export type CreatedAdmin = { email: string; generatedPassword: string | undefined };

export const defaultAdminEmail = 'admin@topsmile.local';

/** A password that passes the strength check and can be typed from a printout. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Creates an administrator. The password is the one given, or a random one returned so the
 * caller can show it once; there is never a built-in default.
 */
export async function createAdmin(
  ctx: AppContext,
  input: { email: string; name?: string; password?: string },
): Promise<CreatedAdmin | undefined> {
  const password = input.password ?? generatePassword();
  assertStrongPassword(password, [input.email]);
  const now = ctx.now();
  const inserted = await ctx.db
    .insert(users)
    .values({
      email: input.email,
      name: input.name ?? 'Administrator',
      role: 'admin',
      passwordHash: await hashPassword(password),
      // A printed password has been seen by whoever read the console or the log.
      mustChangePassword: input.password === undefined,
      emailVerifiedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    // Several processes may start together on one empty database: the first insert wins.
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (inserted.length === 0) return undefined;
  return { email: input.email, generatedPassword: input.password === undefined ? password : undefined };
}

/** On the first start with an empty database, the first admin (API.md "First start"). */
export async function ensureFirstAdmin(ctx: AppContext): Promise<CreatedAdmin | undefined> {
  const [row] = await ctx.db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return undefined;
  const { email, password } = ctx.config.firstAdmin;
  return createAdmin(ctx, { email: email ?? defaultAdminEmail, ...(password ? { password } : {}) });
}
