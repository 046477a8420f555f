import type { WorkingInterval } from '../../../../shared/scheduling.ts';

/** Which part of the day the weekly grid shows, and how finely: minutes after midnight. */
export type GridShape = { startMinute: number; endMinute: number; stepMinutes: number };

/** 30-minute rows from 06:00 to 22:00: a dental day with room either side. */
export const defaultGridShape: GridShape = { startMinute: 6 * 60, endMinute: 22 * 60, stepMinutes: 30 };

/** ISO weekdays, Monday first, as the API numbers them. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** cells[weekday - 1][row]: whether the provider works the whole of that slot. */
export type WeekCells = boolean[][];

/** How much of a grid slot the intervals cover; `partial` when a time is off the grid's half hours. */
export type CellCoverage = 'full' | 'partial' | 'none';

type Span = { start: number; end: number };

export function rowCount(shape: GridShape): number {
  return Math.floor((shape.endMinute - shape.startMinute) / shape.stepMinutes);
}

export function rowStartMinute(shape: GridShape, row: number): number {
  return shape.startMinute + row * shape.stepMinutes;
}

/** `HH:MM` (with `24:00` for midnight at the end of the day) as minutes after midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function clockOf(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function emptyCells(shape: GridShape): WeekCells {
  return isoWeekdays.map(() => Array.from({ length: rowCount(shape) }, () => false));
}

/** Intervals sorted by start, with overlapping and touching ones joined (08–12 and 12–14 are 08–14). */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function spansOfDay(intervals: readonly WorkingInterval[], weekday: number): Span[] {
  return mergeSpans(
    intervals
      .filter((interval) => interval.weekday === weekday)
      .map((interval) => ({ start: minutesOf(interval.start), end: minutesOf(interval.end) })),
  );
}

/** Each run of neighbouring working cells in a day becomes one interval; Monday first, in time order. */
export function cellsToIntervals(cells: WeekCells, shape: GridShape): WorkingInterval[] {
  const intervals: WorkingInterval[] = [];
  isoWeekdays.forEach((weekday, day) => {
    const rows = cells[day] ?? [];
    let runStart: number | null = null;
    for (let row = 0; row <= rows.length; row++) {
      const working = rows[row] === true;
      if (working && runStart === null) runStart = row;
      if (!working && runStart !== null) {
        intervals.push({
          weekday,
          start: clockOf(rowStartMinute(shape, runStart)),
          end: clockOf(rowStartMinute(shape, row)),
        });
        runStart = null;
      }
    }
  });
  return intervals;
}

/** How much of each slot the intervals cover, as the grid shows it. */
export function coverageOf(intervals: readonly WorkingInterval[], shape: GridShape): CellCoverage[][] {
  return isoWeekdays.map((weekday) => {
    const spans = spansOfDay(intervals, weekday);
    return Array.from({ length: rowCount(shape) }, (_, row): CellCoverage => {
      const start = rowStartMinute(shape, row);
      const end = start + shape.stepMinutes;
      if (spans.some((span) => span.start <= start && end <= span.end)) return 'full';
      return spans.some((span) => span.start < end && start < span.end) ? 'partial' : 'none';
    });
  });
}

/** A cell is working only when the intervals cover all of it. */
export function intervalsToCells(intervals: readonly WorkingInterval[], shape: GridShape): WeekCells {
  return coverageOf(intervals, shape).map((day) => day.map((coverage) => coverage === 'full'));
}

/**
 * Sets [fromMinute, toMinute) of one weekday to working or free, leaving every other minute as
 * it was: a painted stroke never rounds the times that the exact list set off the half hour.
 * The day's intervals come back joined and in order; other days are returned untouched.
 */
export function paintDay(
  intervals: readonly WorkingInterval[],
  weekday: number,
  fromMinute: number,
  toMinute: number,
  working: boolean,
): WorkingInterval[] {
  const spans = spansOfDay(intervals, weekday);
  const painted = working
    ? mergeSpans([...spans, { start: fromMinute, end: toMinute }])
    : spans.flatMap((span) =>
        [
          { start: span.start, end: Math.min(span.end, fromMinute) },
          { start: Math.max(span.start, toMinute), end: span.end },
        ].filter((part) => part.end > part.start),
      );
  return [
    ...intervals.filter((interval) => interval.weekday !== weekday),
    ...painted.map((span) => ({ weekday, start: clockOf(span.start), end: clockOf(span.end) })),
  ];
}
