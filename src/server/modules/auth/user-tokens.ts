import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { userTokens } from '../../db/schema.ts';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token.ts';

export type UserTokenPurpose = 'verify_email' | 'password_reset' | 'invitation';

export const tokenLifetimeMinutes: Record<UserTokenPurpose, number> = {
  verify_email: 3 * 24 * 60,
  password_reset: 30,
  invitation: 7 * 24 * 60,
};

/** Issues a mailed single-use token; earlier unused ones of the same purpose stop working. */
export async function issueUserToken(
  db: Db,
  userId: string,
  purpose: UserTokenPurpose,
  now: Date,
): Promise<string> {
  await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
  const { token, hash } = newOpaqueToken();
  const expiresAt = new Date(now.getTime() + tokenLifetimeMinutes[purpose] * 60_000);
  await db.insert(userTokens).values({ tokenHash: hash, userId, purpose, createdAt: now, expiresAt });
  return token;
}

/** Spends a token: the user it belongs to, once, while unexpired; otherwise undefined. */
export async function consumeUserToken(
  db: Db,
  token: string,
  purpose: UserTokenPurpose,
  now: Date,
): Promise<string | undefined> {
  const [spent] = await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(userTokens.tokenHash, hashOpaqueToken(token)),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
      ),
    )
    .returning({ userId: userTokens.userId });
  return spent?.userId;
}
