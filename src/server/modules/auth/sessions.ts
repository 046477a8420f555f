import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { refreshTokens, sessions, users } from '../../db/schema.ts';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token.ts';

export const sessionLifetimeDays = 30;

export type SessionOrigin = { ip: string | null; userAgent: string | null };

export async function startSession(
  db: Db,
  userId: string,
  origin: SessionOrigin,
  now: Date,
): Promise<{ sessionId: string; refreshToken: string }> {
  const expiresAt = new Date(now.getTime() + sessionLifetimeDays * 86_400_000);
  const [session] = await db
    .insert(sessions)
    .values({ userId, createdAt: now, expiresAt, ip: origin.ip, userAgent: origin.userAgent })
    .returning({ id: sessions.id });
  if (!session) throw new Error('session insert returned nothing');
  const refresh = newOpaqueToken();
  await db.insert(refreshTokens).values({ tokenHash: refresh.hash, sessionId: session.id, createdAt: now });
  return { sessionId: session.id, refreshToken: refresh.token };
}

export type Rotation =
  | { kind: 'rotated'; userId: string; sessionId: string; refreshToken: string }
  | { kind: 'reused'; userId: string; sessionId: string }
  | { kind: 'invalid' };

/**
 * Spends a refresh token and issues its successor. Presenting an already spent token means
 * it was copied: the whole session is revoked, so the thief's copy dies with the user's.
 */
export async function rotateRefreshToken(db: Db, token: string, now: Date): Promise<Rotation> {
  const [found] = await db
    .select({ token: refreshTokens, session: sessions })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, hashOpaqueToken(token)));
  if (!found) return { kind: 'invalid' };
  const { session } = found;
  if (session.revokedAt !== null || session.expiresAt <= now) return { kind: 'invalid' };
  // The conditional update is what makes two concurrent uses of one token resolve to one winner.
  const spent = await db
    .update(refreshTokens)
    .set({ usedAt: now })
    .where(and(eq(refreshTokens.tokenHash, found.token.tokenHash), isNull(refreshTokens.usedAt)))
    .returning({ tokenHash: refreshTokens.tokenHash });
  if (spent.length === 0) {
    await revokeSession(db, session.id, 'refresh_token_reused', now);
    return { kind: 'reused', userId: session.userId, sessionId: session.id };
  }
  const next = newOpaqueToken();
  await db.insert(refreshTokens).values({ tokenHash: next.hash, sessionId: session.id, createdAt: now });
  return { kind: 'rotated', userId: session.userId, sessionId: session.id, refreshToken: next.token };
}

export async function sessionOfRefreshToken(db: Db, token: string): Promise<string | undefined> {
  const [found] = await db
    .select({ sessionId: refreshTokens.sessionId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashOpaqueToken(token)));
  return found?.sessionId;
}

export async function revokeSession(db: Db, sessionId: string, reason: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every session and invalidates every access token already issued to the user. */
export async function revokeAllSessions(db: Db, userId: string, reason: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  await db
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: now })
    .where(eq(users.id, userId));
}

/** Ends the user's other sessions, keeping the one making the request. */
export async function revokeOtherSessions(
  db: Db,
  userId: string,
  keepSessionId: string,
  reason: string,
  now: Date,
) {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ne(sessions.id, keepSessionId)));
}
