import { Temporal } from 'temporal-polyfill';

/** What the date and time fields hold: the clinic's wall-clock date and time. */
export type LocalStart = { date: string; time: string };

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An instant as the clinic's local date (YYYY-MM-DD) and time (HH:MM), for the fields. */
export function localStartOf(instant: string, timeZone: string): LocalStart {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  return {
    date: zoned.toPlainDate().toString(),
    time: zoned.toPlainTime().toString({ smallestUnit: 'minute' }),
  };
}

/**
 * The instant the fields mean in the clinic's zone, written with the clinic's offset, or null
 * while they hold no whole date and time. A time skipped by a DST jump moves forward
 * ('compatible'), as a wall clock would.
 */
export function instantOf(start: LocalStart, timeZone: string): string | null {
  if (!datePattern.test(start.date) || !timePattern.test(start.time.slice(0, 5))) return null;
  try {
    const local = Temporal.PlainDateTime.from(`${start.date}T${start.time.slice(0, 5)}`);
    return local
      .toZonedDateTime(timeZone, { disambiguation: 'compatible' })
      .toString({ timeZoneName: 'never', smallestUnit: 'second' });
  } catch {
    return null;
  }
}

/** The end of a visit of `minutes` starting at `instant`. */
export function endOf(instant: string, minutes: number): string {
  return Temporal.Instant.from(instant).add({ minutes }).toString();
}

/** Whether two instants fall on the same local date in the clinic. */
export function sameLocalDate(first: string, second: string, timeZone: string): boolean {
  return localStartOf(first, timeZone).date === localStartOf(second, timeZone).date;
}

/** Whole minutes between two instants (a dragged range's length). */
export function minutesBetween(start: string, end: string): number {
  return Math.round(
    Temporal.Instant.from(start).until(Temporal.Instant.from(end)).total({ unit: 'minutes' }),
  );
}
