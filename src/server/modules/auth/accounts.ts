import { eq, sql } from 'drizzle-orm';
import type { AccessGrant } from '../../../shared/auth.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import { securityPolicy, users } from '../../db/schema.ts';
import { accessTokenSeconds, signAccessToken } from './access-token.ts';
import { mustEnrollTwoFactor } from './authenticate.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return user;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export async function staffTwoFactorRequired(db: Db): Promise<boolean> {
  const [policy] = await db.select().from(securityPolicy).where(eq(securityPolicy.id, 1));
  return policy?.requireStaffTwoFactor ?? false;
}

/** The login/refresh answer: a fresh access token for this session. */
export async function accessGrant(ctx: AppContext, user: UserRow, sessionId: string): Promise<AccessGrant> {
  const accessToken = await signAccessToken(
    ctx.config.jwtSecret,
    { userId: user.id, role: user.role, sessionId, tokenVersion: user.tokenVersion },
    ctx.now(),
  );
  return {
    accessToken,
    expiresIn: accessTokenSeconds,
    user: { id: user.id, email: user.email, role: user.role, name: user.name },
    twoFactorEnrollmentRequired: mustEnrollTwoFactor(
      user.role,
      user.totpEnabledAt,
      await staffTwoFactorRequired(ctx.db),
    ),
    passwordChangeRequired: user.mustChangePassword,
  };
}
