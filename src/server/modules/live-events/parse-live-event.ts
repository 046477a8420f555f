import { z } from 'zod';
import { Appointment } from '../../../shared/scheduling.ts';
import { type LiveEvent, type LiveEventNotice, liveEventKinds } from './publish-live-event.ts';

const LiveEventId = z.int().positive();
const LiveEventKind = z.enum(liveEventKinds);

const LiveEventNoticeSchema = z.object({
  id: LiveEventId,
  kind: LiveEventKind,
  appointment: Appointment.optional(),
});

const LiveEventRowSchema = z.object({ id: LiveEventId, kind: LiveEventKind, payload: Appointment });

/**
 * Reads a NOTIFY payload. Anyone who may run SQL on the database can NOTIFY this channel, so
 * nothing is forwarded to browsers unless it has exactly the shape this server publishes.
 */
export function parseLiveEventNotice(payload: string): LiveEventNotice | undefined {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const parsed = LiveEventNoticeSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { id, kind, appointment } = parsed.data;
  return appointment ? { id, kind, appointment } : { id, kind };
}

/** A row of live_events as an event, or undefined if the row is not one this server wrote. */
export function liveEventFromRow(row: { id: number; kind: string; payload: unknown }): LiveEvent | undefined {
  const parsed = LiveEventRowSchema.safeParse(row);
  if (!parsed.success) return undefined;
  return { id: parsed.data.id, kind: parsed.data.kind, appointment: parsed.data.payload };
}
