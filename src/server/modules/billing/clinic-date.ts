import { Temporal } from 'temporal-polyfill';

/** The clinic-local calendar date (`YYYY-MM-DD`) on which an instant falls. */
export function clinicDateOf(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/** The first instant of a clinic-local date (midnight, or the end of a DST gap at midnight). */
export function startOfClinicDate(date: string, timeZone: string): Date {
  const start = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone });
  return new Date(start.epochMilliseconds);
}

/** The date `days` after (or before, when negative) a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}
