import { and, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { ClinicSettings } from '../../../shared/clinic.ts';
import type { Db } from '../../db/engine.ts';
import { appointmentTypes, operatories, providers } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';
import { findOpenSlots } from './availability.ts';
import { type AppointmentTypeRow, loadAvailabilityInput, providersOffering } from './availability-data.ts';

const fieldProblem = (path: string, message: string) =>
  problem(422, 'validation_failed', 'Some values break a rule.', { errors: [{ path, message }] });

export async function activeAppointmentType(db: Db, id: string): Promise<AppointmentTypeRow> {
  const [type] = await db.select().from(appointmentTypes).where(eq(appointmentTypes.id, id));
  if (!type?.active) throw fieldProblem('appointmentTypeId', 'No such active appointment type');
  return type;
}

export async function assertProviderOffers(db: Db, providerId: string, typeId: string): Promise<void> {
  const [provider] = await db.select().from(providers).where(eq(providers.id, providerId));
  if (!provider?.active) throw fieldProblem('providerId', 'No such active provider');
  const offering = await providersOffering(db, typeId, providerId);
  if (offering.length === 0)
    throw fieldProblem('providerId', 'This provider does not offer this appointment type');
}

export async function assertOperatoryUsable(db: Db, operatoryId: string | null | undefined): Promise<void> {
  if (!operatoryId) return;
  const [operatory] = await db
    .select()
    .from(operatories)
    .where(and(eq(operatories.id, operatoryId), eq(operatories.active, true)));
  if (!operatory) throw fieldProblem('operatoryId', 'No such active operatory');
}

/** An instant written with the clinic's offset at that moment (`2026-03-08T09:30:00-05:00`). */
export function inClinicZone(instant: Temporal.Instant, timeZone: string): string {
  return instant.toZonedDateTimeISO(timeZone).toString({ timeZoneName: 'never' });
}

export function localDateOf(instant: Temporal.Instant, timeZone: string): Temporal.PlainDate {
  return instant.toZonedDateTimeISO(timeZone).toPlainDate();
}

/**
 * Whether the provider works for the whole visit and its buffer: inside working hours, not on
 * a holiday, not during time off. Other appointments are the database's business (EXCLUDE).
 */
export async function withinWorkingHours(
  db: Db,
  clinic: ClinicSettings,
  booking: { providerId: string; type: AppointmentTypeRow; start: Temporal.Instant; now: Date },
): Promise<boolean> {
  const date = localDateOf(booking.start, clinic.timeZone);
  const input = await loadAvailabilityInput(db, {
    timeZone: clinic.timeZone,
    from: date,
    to: date,
    providerIds: [booking.providerId],
    type: booking.type,
    // One-minute grid: staff may book off the online grid, but never outside the hours.
    slotStepMinutes: 1,
    now: booking.now,
    includeAppointments: false,
  });
  return findOpenSlots(input).some((slot) => slot.start.equals(booking.start));
}
