import { and, asc, eq, gte, isNull, lte, ne, notExists, or, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { appointments } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { type AppointmentRow, occupiesTime, rangeOf } from '../scheduling/appointment-rows.ts';
import { localDateOf } from '../scheduling/booking-rules.ts';
import { waitlistEntries, waitlistOffers } from './waitlist-tables.ts';

/** How many waiting entries are offered one freed slot; the first to accept books it. */
export const offersPerFreedSlot = 3;
/** How long an offer stays open, unless the slot itself comes sooner. */
export const offerValidityMinutes = 120;

/** The time an appointment gave up, as it was before the cancellation or move. */
export type FreedSlot = Pick<
  AppointmentRow,
  'id' | 'patientId' | 'providerId' | 'operatoryId' | 'appointmentTypeId' | 'start' | 'end'
>;

/**
 * Offers time that a cancellation or a move has just freed to the first waiting entries (first
 * come, first offered) for the same type, provider if they named one, and local date. Runs in
 * the caller's transaction, after its change, so offers exist exactly when the change commits,
 * and time that is still taken (a move by a few minutes, a chair change) is not offered.
 * Returns how many offers were made.
 */
export async function offerFreedSlot(tx: Tx, freed: FreedSlot, now: Date): Promise<number> {
  const expiresAt = new Date(Math.min(now.getTime() + offerValidityMinutes * 60_000, freed.start.getTime()));
  if (expiresAt <= now) return 0;
  if (await stillTaken(tx, freed, now)) return 0;
  const { timeZone } = await getClinicSettings(tx);
  const localDate = localDateOf(
    Temporal.Instant.fromEpochMilliseconds(freed.start.getTime()),
    timeZone,
  ).toString();
  const visit = rangeOf(freed.start, freed.end);
  const entries = await tx
    .select({ id: waitlistEntries.id })
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.status, 'waiting'),
        eq(waitlistEntries.appointmentTypeId, freed.appointmentTypeId),
        or(isNull(waitlistEntries.providerId), eq(waitlistEntries.providerId, freed.providerId)),
        lte(waitlistEntries.fromDate, localDate),
        gte(waitlistEntries.toDate, localDate),
        // Not back to the patient who just gave it up, nor to anyone busy then.
        ne(waitlistEntries.patientId, freed.patientId),
        notExists(
          tx
            .select({ id: appointments.id })
            .from(appointments)
            .where(
              and(
                eq(appointments.patientId, waitlistEntries.patientId),
                occupiesTime(now),
                sql`${appointments.period} && ${visit}`,
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.seq))
    .limit(offersPerFreedSlot);
  if (entries.length === 0) return 0;
  const offered = await tx
    .insert(waitlistOffers)
    .values(
      entries.map((entry) => ({
        entryId: entry.id,
        providerId: freed.providerId,
        operatoryId: freed.operatoryId,
        startsAt: freed.start,
        endsAt: freed.end,
        expiresAt,
        freedAppointmentId: freed.id,
        createdAt: now,
        updatedAt: now,
      })),
    )
    // The same time freed again (rebooked, cancelled again) is not offered twice to one entry.
    .onConflictDoNothing()
    .returning({ id: waitlistOffers.id });
  return offered.length;
}

async function stillTaken(tx: Tx, freed: FreedSlot, now: Date): Promise<boolean> {
  const visit = rangeOf(freed.start, freed.end);
  const [taken] = await tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        occupiesTime(now),
        or(
          eq(appointments.providerId, freed.providerId),
          freed.operatoryId ? eq(appointments.operatoryId, freed.operatoryId) : undefined,
        ),
        sql`${appointments.blocked} && ${visit}`,
      ),
    )
    .limit(1);
  return taken !== undefined;
}
