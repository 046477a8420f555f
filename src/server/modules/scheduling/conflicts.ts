import { and, eq, or, sql } from 'drizzle-orm';
import type { Blocker } from '../../../shared/scheduling.ts';
import type { Db } from '../../db/engine.ts';
import { appointments } from '../../db/schema.ts';
import type { Actor } from '../auth/authenticate.ts';
import { appointmentColumns, occupiesTime, rangeOf } from './appointment-rows.ts';
import { visibleAppointments } from './appointment-scope.ts';

export type Booking = {
  patientId: string;
  providerId: string;
  operatoryId: string | null;
  start: Date;
  end: Date;
  blockedUntil: Date;
  excludeAppointmentId?: string;
};

/**
 * Everything standing in the way of a booking, for an answer the desk can act on ("Dr Lee
 * already has …"). Ids are shown only where the caller may see the appointment, by the one
 * rule that scopes patients and appointments everywhere (a guardian's minor dependants too).
 */
export async function findBlockers(
  db: Db,
  booking: Booking,
  actor: Actor | null,
  now: Date,
): Promise<Blocker[]> {
  const blocked = rangeOf(booking.start, booking.blockedUntil);
  const visit = rangeOf(booking.start, booking.end);
  const visible = actor === null ? sql`false` : (visibleAppointments(actor) ?? sql`true`);
  const rows = await db
    .select({ ...appointmentColumns, visible: sql<boolean>`${visible}` })
    .from(appointments)
    .where(
      and(
        occupiesTime(now),
        booking.excludeAppointmentId ? sql`${appointments.id} <> ${booking.excludeAppointmentId}` : undefined,
        or(
          and(eq(appointments.providerId, booking.providerId), sql`${appointments.blocked} && ${blocked}`),
          booking.operatoryId
            ? and(
                eq(appointments.operatoryId, booking.operatoryId),
                sql`${appointments.blocked} && ${blocked}`,
              )
            : undefined,
          and(eq(appointments.patientId, booking.patientId), sql`${appointments.period} && ${visit}`),
        ),
      ),
    );
  return rows.flatMap((row) => {
    const resources: Blocker['resource'][] = [];
    if (row.providerId === booking.providerId) resources.push('provider');
    if (booking.operatoryId && row.operatoryId === booking.operatoryId) resources.push('operatory');
    if (row.patientId === booking.patientId && row.start < booking.end && booking.start < row.end)
      resources.push('patient');
    // Only the clean-ups touch: the visits themselves would not overlap.
    const viaBuffer = !(row.start < booking.end && booking.start < row.end);
    return resources.map((resource) => ({
      resource,
      ...(row.visible ? { appointmentId: row.id } : {}),
      ...(viaBuffer ? { viaBuffer: true } : {}),
      start: row.start.toISOString(),
      end: row.end.toISOString(),
    }));
  });
}
