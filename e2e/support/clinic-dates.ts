import { Temporal } from 'temporal-polyfill';

/**
 * The instant of a wall-clock time of `date` in the clinic's zone, written with its offset as
 * the calendar writes `data-start` (and as the API takes it).
 */
export function at(date: Temporal.PlainDate, time: string, timeZone: string): string {
  return date
    .toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) })
    .toString({ timeZoneName: 'never' });
}
