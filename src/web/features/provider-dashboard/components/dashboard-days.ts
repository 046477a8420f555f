import { Temporal } from 'temporal-polyfill';
import type { AppointmentStatus } from '../../../../shared/scheduling.ts';

type Timed = { start: string; end: string; status: AppointmentStatus };

/** The clinic's calendar date now: a provider in another zone still sees the clinic's day. */
export function clinicToday(timeZone: string, now: Temporal.Instant = Temporal.Now.instant()): string {
  return now.toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The `count` dates after `date`, as YYYY-MM-DD. */
export function followingDays(date: string, count: number): string[] {
  const first = Temporal.PlainDate.from(date);
  return Array.from({ length: count }, (_, index) => first.add({ days: index + 1 }).toString());
}

/** The clinic-local date an instant falls on. */
export function clinicDateOf(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** Noon of a clinic date as an instant, for formatting the day's name without slipping a day. */
export function middayOf(date: string, timeZone: string): string {
  return Temporal.PlainDate.from(date)
    .toZonedDateTime({ timeZone, plainTime: '12:00' })
    .toInstant()
    .toString();
}

export function inStartOrder<T extends Timed>(appointments: readonly T[]): T[] {
  return [...appointments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Each of `days` with its appointments in time order; days without any are kept (count 0). */
export function groupByClinicDay<T extends Timed>(
  appointments: readonly T[],
  days: readonly string[],
  timeZone: string,
): { date: string; appointments: T[] }[] {
  const byDate = new Map(days.map((date): [string, T[]] => [date, []]));
  for (const appointment of inStartOrder(appointments)) {
    byDate.get(clinicDateOf(appointment.start, timeZone))?.push(appointment);
  }
  return days.map((date) => ({ date, appointments: byDate.get(date) ?? [] }));
}

// A patient already seen, or who will not come, is nobody's next patient.
const waitingStatuses: ReadonlySet<AppointmentStatus> = new Set(['scheduled', 'confirmed', 'checked_in']);

/** The visit to get ready for: the first not yet started or finished whose time has not passed. */
export function nextAppointment<T extends Timed>(
  appointments: readonly T[],
  now: Temporal.Instant = Temporal.Now.instant(),
): T | undefined {
  return inStartOrder(appointments).find(
    (appointment) =>
      waitingStatuses.has(appointment.status) && Date.parse(appointment.end) > now.epochMilliseconds,
  );
}
