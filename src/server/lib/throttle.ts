import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/engine.ts';
import { throttleCounters } from '../db/schema.ts';

export type Tally = { attempts: number; windowEndsAt: Date };

/**
 * Counts one attempt in the bucket's fixed window and answers the count including it, in one
 * statement: parallel attempts each get their own number, so no more than the limit can
 * believe they are under it. The counts live in the database, so that every server process
 * sharing one PostgreSQL enforces the same limits. A window ends on its own: hammering a
 * bucket does not push its end further away.
 */
export async function countAttempt(db: Db, bucket: string, windowMs: number, now: Date): Promise<Tally> {
  const expired = sql`${throttleCounters.windowStartedAt} <= ${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
  const [row] = await db
    .insert(throttleCounters)
    .values({ bucket, windowStartedAt: now, attempts: 1 })
    .onConflictDoUpdate({
      target: throttleCounters.bucket,
      set: {
        attempts: sql`CASE WHEN ${expired} THEN 1 ELSE ${throttleCounters.attempts} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${expired} THEN ${now.toISOString()}::timestamptz ELSE ${throttleCounters.windowStartedAt} END`,
      },
    })
    .returning({ attempts: throttleCounters.attempts, windowStartedAt: throttleCounters.windowStartedAt });
  if (!row) throw new Error('throttle upsert returned nothing');
  return { attempts: row.attempts, windowEndsAt: new Date(row.windowStartedAt.getTime() + windowMs) };
}

/** Gives back one attempt (one that turned out legitimate). */
export async function refundAttempt(db: Db, bucket: string): Promise<void> {
  await db
    .update(throttleCounters)
    .set({ attempts: sql`greatest(${throttleCounters.attempts} - 1, 0)` })
    .where(eq(throttleCounters.bucket, bucket));
}

export async function clearAttempts(db: Db, bucket: string): Promise<void> {
  await db.delete(throttleCounters).where(eq(throttleCounters.bucket, bucket));
}

/** Forgets windows that started before `before`; a later attempt opens a fresh one anyway. */
export async function forgetWindowsBefore(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(throttleCounters)
    .where(lt(throttleCounters.windowStartedAt, before))
    .returning({ bucket: throttleCounters.bucket });
  return deleted.length;
}
