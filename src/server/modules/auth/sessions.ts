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
 * How long a just-spent refresh token still answers its own client. Two tabs sharing the
 * cookie refresh at the same moment: the slower one presents the token the faster one has
 * just rotated, which is not theft.
 */
export const refreshGraceMs = 10_000;

/**
 * Spends a refresh token and issues its successor. Presenting an already spent token means
 * it was copied: the whole session is revoked, so the thief's copy dies with the user's —
 * unless it was spent moments ago and comes from the session's own client (user agent).
 */
export async function rotateRefreshToken(
  db: Db,
  token: string,
  client: { userAgent: string | null },
  now: Date,
): Promise<Rotation> {
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
    if (await withinGrace(db, found.token.tokenHash, client.userAgent === session.userAgent, now)) {
      return issueSuccessor(db, session, now);
    }
    await revokeSession(db, session.id, 'refresh_token_reused', now);
    return { kind: 'reused', userId: session.userId, sessionId: session.id };
  }
  // Siblings issued in a grace are spent now: one live token per session, so any of them
  // coming back later is re-use.
  await db
    .update(refreshTokens)
    .set({ usedAt: now, superseded: true })
    .where(and(eq(refreshTokens.sessionId, session.id), isNull(refreshTokens.usedAt)));
  return issueSuccessor(db, session, now);
}

async function withinGrace(db: Db, tokenHash: string, sameClient: boolean, now: Date): Promise<boolean> {
  if (!sameClient) return false;
  // Read again: the winner of a concurrent rotation committed after our first read.
  const [token] = await db
    .select({ usedAt: refreshTokens.usedAt, superseded: refreshTokens.superseded })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, tokenHash));
  if (!token?.usedAt || token.superseded) return false;
  return now.getTime() - token.usedAt.getTime() <= refreshGraceMs;
}

async function issueSuccessor(db: Db, session: { id: string; userId: string }, now: Date): Promise<Rotation> {
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
