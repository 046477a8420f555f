import { Temporal } from 'temporal-polyfill';
import type { ClinicSettings } from '../../../shared/clinic.ts';
import type { AppContext } from '../../context.ts';
import { problem } from '../../lib/problem.ts';
import { findOpenSlots } from './availability.ts';
import { type AppointmentTypeRow, loadAvailabilityInput } from './availability-data.ts';
import { localDateOf } from './booking-rules.ts';

export function bookingWindow(clinic: ClinicSettings, now: Date) {
  const nowInstant = Temporal.Instant.fromEpochMilliseconds(now.getTime());
  return {
    notBefore: nowInstant.add({ minutes: clinic.bookingPolicy.minNoticeMinutes }),
    notAfter: nowInstant.add({ hours: clinic.bookingPolicy.maxAdvanceDays * 24 }),
  };
}

/**
 * Patients book online only what the clinic offers online, on the slot grid, within the
 * notice and advance policy, in working hours. Whether the slot is free is left to the
 * database, so the race still ends in one 201 and 409s.
 */
export async function assertPatientMayBook(
  ctx: AppContext,
  clinic: ClinicSettings,
  booking: {
    type: AppointmentTypeRow;
    providerId: string;
    start: Temporal.Instant;
    now: Date;
    override?: boolean | undefined;
  },
): Promise<void> {
  if (booking.override) throw problem(403, 'forbidden', 'Only the clinic can book outside working hours.');
  if (!booking.type.bookableOnline) {
    throw problem(
      422,
      'not_bookable_online',
      'This kind of appointment is booked by the clinic. Please call us.',
    );
  }
  const { notBefore, notAfter } = bookingWindow(clinic, booking.now);
  if (
    Temporal.Instant.compare(booking.start, notBefore) < 0 ||
    Temporal.Instant.compare(booking.start, notAfter) > 0
  ) {
    throw problem(422, 'outside_booking_window', 'That time is too soon or too far ahead to book online.', {
      extensions: { notBefore: notBefore.toString(), notAfter: notAfter.toString() },
    });
  }
  const date = localDateOf(booking.start, clinic.timeZone);
  const input = await loadAvailabilityInput(ctx.db, {
    timeZone: clinic.timeZone,
    from: date,
    to: date,
    providerIds: [booking.providerId],
    type: booking.type,
    slotStepMinutes: clinic.bookingPolicy.slotStepMinutes,
    now: booking.now,
    includeAppointments: false,
  });
  if (!findOpenSlots(input).some((slot) => slot.start.equals(booking.start))) {
    throw problem(422, 'outside_working_hours', 'That is not one of the times offered for booking.');
  }
}
