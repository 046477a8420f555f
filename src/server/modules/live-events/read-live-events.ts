import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { liveEvents } from '../../db/schema.ts';
import { liveEventFromRow } from './parse-live-event.ts';
import type { LiveEvent } from './publish-live-event.ts';

/** Events read back from the table; `complete` is false when more were missed than may be replayed. */
export type LiveEventBacklog = { events: LiveEvent[]; complete: boolean };

/** How much a reconnecting client may be sent again; beyond it, it reloads what it shows. */
export const replayBounds = { maxEvents: 500, maxAgeMs: 24 * 60 * 60 * 1000 };

const columns = { id: liveEvents.id, kind: liveEvents.kind, payload: liveEvents.payload };

const youngerThan = (ageMs: number) =>
  sql<boolean>`${liveEvents.createdAt} >= now() - ${ageMs} * interval '1 millisecond'`;

function eventsOf(rows: { id: number; kind: string; payload: unknown }[]): LiveEvent[] {
  return rows.flatMap((row) => liveEventFromRow(row) ?? []);
}

/** What a client that last saw `afterId` has missed, if it is few and recent enough to replay. */
export async function readLiveEventsAfter(
  db: Db,
  afterId: number,
  bounds: typeof replayBounds = replayBounds,
): Promise<LiveEventBacklog> {
  const rows = await db
    .select({ ...columns, recent: youngerThan(bounds.maxAgeMs) })
    .from(liveEvents)
    .where(gt(liveEvents.id, afterId))
    .orderBy(asc(liveEvents.id))
    .limit(bounds.maxEvents + 1);
  const complete = rows.length <= bounds.maxEvents && rows.every((row) => row.recent);
  return { events: complete ? eventsOf(rows) : [], complete };
}

/**
 * What a process may have missed while its LISTEN connection was down: everything after the
 * last id it delivered, and also everything written in the look-back window — identity values
 * are taken in insert order but become visible in commit order, so an event with a smaller id
 * can commit (and NOTIFY into the void) after a bigger one was delivered. The caller drops what
 * it already delivered. Nothing at or below `floorId` (the newest id when the process started
 * listening: older events were never its to deliver) is read, and the scan stays on the key.
 */
export async function readLiveEventsForCatchUp(
  db: Db,
  {
    afterId,
    floorId,
    lookBackMs,
    limit,
  }: { afterId: number; floorId: number; lookBackMs: number; limit: number },
): Promise<LiveEventBacklog> {
  const rows = await db
    .select(columns)
    .from(liveEvents)
    .where(
      and(
        gt(liveEvents.id, Math.max(floorId, afterId - limit)),
        or(gt(liveEvents.id, afterId), youngerThan(lookBackMs)),
      ),
    )
    .orderBy(asc(liveEvents.id))
    .limit(limit + 1);
  return { events: eventsOf(rows.slice(0, limit)), complete: rows.length <= limit };
}

/** One event by id, for a NOTIFY that carried only the id. */
export async function readLiveEvent(db: Db, id: number): Promise<LiveEvent | undefined> {
  const [row] = await db.select(columns).from(liveEvents).where(eq(liveEvents.id, id));
  return row ? liveEventFromRow(row) : undefined;
}

/** The newest event id, or 0 for none: where a fresh listener starts counting from. */
export async function latestLiveEventId(db: Db): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${liveEvents.id}), 0)::float8` })
    .from(liveEvents);
  return Number(row?.id ?? 0);
}
