import { Temporal } from 'temporal-polyfill';

/** Minutes after local midnight, wall-clock: 09:30 is 570 whatever the day's UTC offset. */
export type MinuteRange = { start: number; end: number };

/**
 * The rows of a day column: from `start` to `end` minutes after midnight in steps of the
 * clinic's slot grid. Wall-clock rows mean 09:00 sits on the same line on every day, DST or not.
 */
export type TimeAxis = { start: number; end: number; step: number; rows: number };

const dayMinutes = 24 * 60;
const defaultDay: MinuteRange = { start: 8 * 60, end: 18 * 60 };

/** "09:30" → 570; "24:00" → 1440. */
export function minutesOfLocalTime(text: string): number {
  const [hours = '0', minutes = '0'] = text.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/**
 * The axis covering every range given (working hours of the columns shown, and any visit
 * outside them so it is never cut off), widened to whole steps. With nothing to cover, a
 * plain 08:00–18:00 day.
 */
export function buildTimeAxis(ranges: readonly MinuteRange[], step: number): TimeAxis {
  const usable = ranges.filter((range) => range.end > range.start);
  const covered =
    usable.length === 0
      ? defaultDay
      : {
          start: Math.min(...usable.map((range) => range.start)),
          end: Math.max(...usable.map((range) => range.end)),
        };
  const start = Math.max(0, Math.floor(covered.start / step) * step);
  const end = Math.min(dayMinutes, Math.max(start + step, Math.ceil(covered.end / step) * step));
  return { start, end, step, rows: Math.ceil((end - start) / step) };
}

export function rowStartMinute(axis: TimeAxis, row: number): number {
  return axis.start + row * axis.step;
}

/** The row a wall-clock minute falls in, clamped to the axis. */
export function rowOfMinute(axis: TimeAxis, minute: number): number {
  return Math.min(axis.rows - 1, Math.max(0, Math.floor((minute - axis.start) / axis.step)));
}

/**
 * Where an instant falls on `date`'s wall clock, in minutes after its midnight: negative for
 * the day before, beyond 1440 for the day after.
 */
export function wallClockMinutes(epochMs: number, date: Temporal.PlainDate, timeZone: string): number {
  const local = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
  const days = date.until(local.toPlainDate(), { largestUnit: 'days' }).days;
  return days * dayMinutes + local.hour * 60 + local.minute + local.second / 60;
}

/** The instant of a wall-clock minute of `date`, as ISO with the clinic's offset. */
export function instantAt(date: Temporal.PlainDate, minute: number, timeZone: string): string {
  const day = date.add({ days: Math.floor(minute / dayMinutes) });
  const inDay = ((minute % dayMinutes) + dayMinutes) % dayMinutes;
  return day
    .toZonedDateTime({
      timeZone,
      plainTime: new Temporal.PlainTime(Math.floor(inDay / 60), inDay % 60),
    })
    .toString({ timeZoneName: 'never' });
}

// Every provider column of a day shares its row instants; Temporal is not free, so a day's
// rows are computed once per axis.
const rowInstantCache = new Map<string, string[]>();

/** The start instant of every row of the axis on `date`. */
export function rowInstants(date: Temporal.PlainDate, axis: TimeAxis, timeZone: string): string[] {
  const key = `${date.toString()}|${timeZone}|${axis.start}|${axis.end}|${axis.step}`;
  let instants = rowInstantCache.get(key);
  if (!instants) {
    instants = Array.from({ length: axis.rows }, (_, row) =>
      instantAt(date, rowStartMinute(axis, row), timeZone),
    );
    if (rowInstantCache.size > 500) rowInstantCache.clear();
    rowInstantCache.set(key, instants);
  }
  return instants;
}

/**
 * `wallClockMinutes` for many instants of one date. On the usual day, whose offset does not
 * change, it is plain arithmetic from midnight; only a DST day pays for Temporal per instant.
 */
export function wallClockOf(date: Temporal.PlainDate, timeZone: string): (epochMs: number) => number {
  const start = date.toZonedDateTime({ timeZone });
  const next = date.add({ days: 1 }).toZonedDateTime({ timeZone });
  const plainDay =
    start.offsetNanoseconds === next.offsetNanoseconds &&
    start.hour === 0 &&
    start.minute === 0 &&
    next.epochMilliseconds - start.epochMilliseconds === dayMinutes * 60_000;
  if (!plainDay) return (epochMs) => wallClockMinutes(epochMs, date, timeZone);
  const midnight = start.epochMilliseconds;
  return (epochMs) => (epochMs - midnight) / 60_000;
}

const localDates = new Map<string, string>();

/** The clinic-local date (`YYYY-MM-DD`) of an instant; remembered, as a month view asks it often. */
export function localDateOf(instant: string, timeZone: string): string {
  const key = `${instant}|${timeZone}`;
  let date = localDates.get(key);
  if (date === undefined) {
    date = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
    if (localDates.size > 5000) localDates.clear();
    localDates.set(key, date);
  }
  return date;
}
