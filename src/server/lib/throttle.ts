import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/engine.ts';
import { throttleEvents } from '../db/schema.ts';

/**
 * Attempts counted per bucket in the database, so that every server process sharing one
 * PostgreSQL enforces the same limits.
 */
export async function countAttempts(db: Db, bucket: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(throttleEvents)
    .where(and(eq(throttleEvents.bucket, bucket), gt(throttleEvents.at, since)));
  return row?.n ?? 0;
}

/** The moment the oldest of the attempts inside the window leaves it. */
export async function oldestAttemptSince(db: Db, bucket: string, since: Date): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: throttleEvents.at })
    .from(throttleEvents)
    .where(and(eq(throttleEvents.bucket, bucket), gt(throttleEvents.at, since)))
    .orderBy(throttleEvents.at)
    .limit(1);
  return row?.at;
}

export async function recordAttempt(db: Db, bucket: string, at: Date): Promise<void> {
  await db.insert(throttleEvents).values({ bucket, at });
}

export async function clearAttempts(db: Db, bucket: string): Promise<void> {
  await db.delete(throttleEvents).where(eq(throttleEvents.bucket, bucket));
}

export async function forgetAttemptsBefore(db: Db, before: Date): Promise<void> {
  await db.delete(throttleEvents).where(lt(throttleEvents.at, before));
}
