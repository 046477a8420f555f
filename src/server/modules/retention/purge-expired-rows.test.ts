import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { idempotencyKeys, liveEvents, throttleCounters } from '../../db/schema.ts';
import { readLiveEventsAfter } from '../live-events/read-live-events.ts';
import { purgeExpiredRows, retention } from './purge-expired-rows.ts';
import { startRetentionJob } from './start-retention-job.ts';

const clock = new Date('2026-05-04T12:00:00Z');
const { ctx } = await createTestApp({}, { now: () => clock });
const ago = (ms: number) => new Date(clock.getTime() - ms);
const hours = 60 * 60 * 1000;

async function liveEventAged(ms: number): Promise<number> {
  const [row] = await ctx.db
    .insert(liveEvents)
    .values({
      kind: 'appointment.created',
      payload: { notes: 'Allergic to latex' },
      createdAt: sql`now() - ${ms} * interval '1 millisecond'`,
    })
    .returning({ id: liveEvents.id });
  if (!row) throw new Error('no live event inserted');
  return row.id;
}

async function idempotencyKeyAged(key: string, ms: number) {
  await ctx.db.insert(idempotencyKeys).values({
    actorKey: 'user:retention',
    key,
    requestHash: 'x',
    statusCode: 201,
    response: { id: key },
    createdAt: ago(ms),
    reservedAt: ago(ms),
  });
}

describe('purging expired rows', () => {
  it('deletes live events, idempotency keys and throttle windows past their retention, and nothing younger', async () => {
    const oldest = await liveEventAged(30 * hours);
    const old = await liveEventAged(25 * hours);
    const recent = await liveEventAged(1 * hours);
    await idempotencyKeyAged('spent', retention.idempotencyKeysMs + hours);
    await idempotencyKeyAged('fresh', hours);
    await ctx.db.insert(throttleCounters).values([
      { bucket: 'login:ip:ended', windowStartedAt: ago(retention.throttleWindowsMs + 60_000), attempts: 5 },
      { bucket: 'login:ip:open', windowStartedAt: ago(60_000), attempts: 2 },
    ]);

    const purged = await purgeExpiredRows(ctx);
    expect(purged).toEqual({ liveEvents: 1, idempotencyKeys: 1, throttleWindows: 1 });

    const events = await ctx.db.select().from(liveEvents).orderBy(liveEvents.id);
    expect(events.map((event) => event.id)).toEqual([old, recent]);
    // The newest expired event stays as an empty marker: no appointment data outlives a day.
    expect(events.find((event) => event.id === old)?.payload).toEqual({});
    expect(events.find((event) => event.id === recent)?.payload).toEqual({ notes: 'Allergic to latex' });
    const keys = await ctx.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.actorKey, 'user:retention'));
    expect(keys.map((key) => key.key)).toEqual(['fresh']);
    const buckets = await ctx.db.select().from(throttleCounters);
    expect(buckets.map((bucket) => bucket.bucket)).toEqual(['login:ip:open']);

    // A client that saw an event since purged is told to reload, not sent the survivors as if complete.
    expect((await readLiveEventsAfter(ctx.db, oldest)).complete).toBe(false);
    expect((await readLiveEventsAfter(ctx.db, old)).complete).toBe(true);
    expect(await purgeExpiredRows(ctx)).toEqual({ liveEvents: 0, idempotencyKeys: 0, throttleWindows: 0 });
  });

  it('runs on a timer that never holds the process open, until stopped', async () => {
    await idempotencyKeyAged('left-behind', retention.idempotencyKeysMs + hours);
    const job = startRetentionJob(ctx, { intervalMs: 20 });
    try {
      for (let tries = 0; tries < 500; tries++) {
        const left = await ctx.db
          .select()
          .from(idempotencyKeys)
          .where(eq(idempotencyKeys.key, 'left-behind'));
        if (left.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      job.stop();
    }
    expect(await ctx.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'left-behind'))).toEqual(
      [],
    );
  });
});
