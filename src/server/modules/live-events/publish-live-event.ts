import { sql } from 'drizzle-orm';
import type { Appointment } from '../../../shared/scheduling.ts';
import type { Db } from '../../db/engine.ts';
import { liveEvents } from '../../db/schema.ts';

export const liveEventsChannel = 'topsmile_live_events';

export const liveEventKinds = [
  'appointment.created',
  'appointment.updated',
  'appointment.cancelled',
] as const;

export type LiveEventKind = (typeof liveEventKinds)[number];

export type LiveEvent = { id: number; kind: LiveEventKind; appointment: Appointment };

/** What a NOTIFY carries: the whole event, or only its id when the event is too big to fit. */
export type LiveEventNotice = LiveEvent | { id: number; kind: LiveEventKind };

// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more, which would fail the booking itself:
// 2000 characters of notes plus a cancel reason can get there (JSON escapes control characters
// as six bytes, CJK text takes three). Such an event is announced by id and read from the table.
const notifyPayloadLimitBytes = 7_900;

/**
 * Records the event in the caller's transaction and announces it with NOTIFY, which PostgreSQL
 * delivers only if and when that transaction commits — to every process listening.
 */
export async function publishLiveEvent(db: Db, kind: LiveEventKind, appointment: Appointment): Promise<void> {
  const [row] = await db
    .insert(liveEvents)
    .values({ kind, payload: appointment })
    .returning({ id: liveEvents.id });
  if (!row) throw new Error('live event insert returned nothing');
  const event: LiveEvent = { id: row.id, kind, appointment };
  const whole = JSON.stringify(event);
  const notice: string =
    Buffer.byteLength(whole, 'utf8') < notifyPayloadLimitBytes ? whole : JSON.stringify({ id: row.id, kind });
  await db.execute(sql`SELECT pg_notify(${liveEventsChannel}, ${notice})`);
}
