import type { Temporal } from 'temporal-polyfill';
import {
  type MinuteRange,
  minutesOfLocalTime,
  rowStartMinute,
  type TimeAxis,
  wallClockMinutes,
} from './time-axis.ts';

/**
 * Why a cell of a column cannot simply be booked: a visit already covers it, the clinic is
 * closed (holiday), the provider is away (time off) or does not work then (closed).
 */
export type CellBlock = 'booked' | 'holiday' | 'timeOff' | 'closed';
export type CellState = { open: boolean; block: CellBlock | null };

export type ColumnSchedule = {
  /** The provider's working intervals that day. */
  working: readonly MinuteRange[];
  /** Time off overlapping that day, in its wall-clock minutes. */
  timeOff: readonly MinuteRange[];
  /** The clinic is closed all day. */
  holiday: boolean;
  /** Visits shown in the column. */
  booked: readonly MinuteRange[];
};

const overlaps = (a: MinuteRange, b: MinuteRange) => a.start < b.end && b.start < a.end;

/**
 * The state of every row of a column. A cell is open only when it lies wholly within one
 * working interval and nothing blocks any part of it; the first reason found, in the order of
 * CellBlock, is the one given.
 */
export function cellStates(axis: TimeAxis, schedule: ColumnSchedule): CellState[] {
  return Array.from({ length: axis.rows }, (_, row): CellState => {
    const start = rowStartMinute(axis, row);
    const cell = { start, end: start + axis.step };
    if (schedule.booked.some((range) => overlaps(range, cell))) return { open: false, block: 'booked' };
    if (schedule.holiday) return { open: false, block: 'holiday' };
    if (schedule.timeOff.some((range) => overlaps(range, cell))) return { open: false, block: 'timeOff' };
    const working = schedule.working.some((range) => range.start <= cell.start && cell.end <= range.end);
    return working ? { open: true, block: null } : { open: false, block: 'closed' };
  });
}

/** A provider's working intervals on `date` (ISO weekday, as the API stores them). */
export function workingRangesOn(
  hours: readonly { weekday: number; start: string; end: string }[],
  date: Temporal.PlainDate,
): MinuteRange[] {
  return hours
    .filter((interval) => interval.weekday === date.dayOfWeek)
    .map((interval) => ({
      start: minutesOfLocalTime(interval.start),
      end: minutesOfLocalTime(interval.end),
    }));
}

/** Time off (instants) that touches `date`, as that day's wall-clock minutes, clipped to the day. */
export function timeOffRangesOn(
  timeOff: readonly { start: string; end: string }[],
  date: Temporal.PlainDate,
  timeZone: string,
): MinuteRange[] {
  const dayStart = date.toZonedDateTime({ timeZone }).epochMilliseconds;
  const dayEnd = date.add({ days: 1 }).toZonedDateTime({ timeZone }).epochMilliseconds;
  return timeOff.flatMap((entry) => {
    const start = Date.parse(entry.start);
    const end = Date.parse(entry.end);
    if (!(start < dayEnd && dayStart < end)) return [];
    return [
      {
        start: start <= dayStart ? 0 : wallClockMinutes(start, date, timeZone),
        end: end >= dayEnd ? 24 * 60 : wallClockMinutes(end, date, timeZone),
      },
    ];
  });
}
