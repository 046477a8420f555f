import { and, lt, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { idempotencyKeys, liveEvents } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { forgetWindowsBefore } from '../../lib/throttle.ts';
import { throttleWindowMs } from '../auth/login-throttle.ts';
import { replayBounds } from '../live-events/read-live-events.ts';

const day = 24 * 60 * 60 * 1000;

/**
 * How long each kind of row outlives its use. Live events carry whole appointments (notes
 * included) and serve only reconnecting clients, which are sent nothing older than a day;
 * an Idempotency-Key protects against a client's retries, which come within minutes; a
 * throttle window counts nothing once it has ended (the longest is the login window).
 */
export const retention = {
  liveEventsMs: replayBounds.maxAgeMs,
  idempotencyKeysMs: day,
  throttleWindowsMs: throttleWindowMs,
} as const;

export type PurgedRows = { liveEvents: number; idempotencyKeys: number; throttleWindows: number };

/** Deletes what has outlived its retention. Safe to run in several processes at once. */
export async function purgeExpiredRows(ctx: Pick<AppContext, 'db' | 'now'>): Promise<PurgedRows> {
  const now = ctx.now().getTime();
  const spentKeys = await ctx.db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now - retention.idempotencyKeysMs)))
    .returning({ key: idempotencyKeys.key });
  return {
    liveEvents: await purgeLiveEvents(ctx),
    idempotencyKeys: spentKeys.length,
    throttleWindows: await forgetWindowsBefore(ctx.db, new Date(now - retention.throttleWindowsMs)),
  };
}

/**
 * Live events are stamped by the database clock, as the replay reads them. The newest expired
 * one stays, emptied, as a marker: a client reconnecting with an id from before it then finds
 * an event too old to replay and reloads, rather than silently skip what was deleted.
 */
async function purgeLiveEvents(ctx: Pick<AppContext, 'db'>): Promise<number> {
  const expired = sql`${liveEvents.createdAt} < now() - ${retention.liveEventsMs} * interval '1 millisecond'`;
  return withTransaction(ctx.db, async (tx) => {
    const [marker] = await tx
      .select({ id: sql<number | null>`max(${liveEvents.id})`.mapWith(Number) })
      .from(liveEvents)
      .where(expired);
    if (!marker?.id) return 0;
    const deleted = await tx
      .delete(liveEvents)
      .where(and(expired, lt(liveEvents.id, marker.id)))
      .returning({ id: liveEvents.id });
    await tx
      .update(liveEvents)
      .set({ payload: sql`'{}'::jsonb` })
      .where(sql`${liveEvents.id} = ${marker.id}`);
    return deleted.length;
  });
}
