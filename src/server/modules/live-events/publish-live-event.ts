import { sql } from 'drizzle-orm';
import type { Appointment } from '../../../shared/scheduling.ts';
import type { Db } from '../../db/engine.ts';
import { liveEvents } from '../../db/schema.ts';

export const liveEventsChannel = 'topsmile_live_events';

export type LiveEventKind = 'appointment.created' | 'appointment.updated' | 'appointment.cancelled';

export type LiveEvent = { id: number; kind: LiveEventKind; appointment: Appointment };

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
  await db.execute(sql`SELECT pg_notify(${liveEventsChannel}, ${JSON.stringify(event)})`);
}
