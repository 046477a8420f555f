import type { WorkingInterval } from '../../../../shared/scheduling.ts';
import { clockOf, minutesOf, paintDay } from './working-hours-grid.ts';

/** One line of the exact editor: its times as typed, which may be half-written. */
export type EditableInterval = { key: string; weekday: number; start: string; end: string };

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `interval-${nextKey}`;
}

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function toEditable(intervals: readonly WorkingInterval[]): EditableInterval[] {
  return intervals.map((interval) => ({ ...interval, key: newKey() }));
}

/** What PUT /working-hours receives: the lines in their order, so a problem's `3.end` is line 3. */
export function toPayload(rows: readonly EditableInterval[]): WorkingInterval[] {
  return rows.map(({ weekday, start, end }) => ({ weekday, start: start.trim(), end: end.trim() }));
}

function isComplete(row: EditableInterval): boolean {
  return clockPattern.test(row.start.trim()) && clockPattern.test(row.end.trim()) && row.end > row.start;
}

/** Lines the grid can draw: both times complete and in order. */
export function drawable(rows: readonly EditableInterval[]): WorkingInterval[] {
  return toPayload(rows.filter(isComplete));
}

/**
 * A grid stroke over one weekday. The day's complete lines are repainted and joined; lines still
 * being typed are left alone, as is every other day, so the exact editor never loses input.
 */
export function paintRows(
  rows: readonly EditableInterval[],
  weekday: number,
  fromMinute: number,
  toMinute: number,
  working: boolean,
): EditableInterval[] {
  const repainted = rows.filter((row) => row.weekday === weekday && isComplete(row));
  const kept = rows.filter((row) => !repainted.includes(row));
  const painted = paintDay(toPayload(repainted), weekday, fromMinute, toMinute, working);
  return [...kept, ...toEditable(painted)].sort((a, b) => a.weekday - b.weekday);
}

/** A new line after the day's last one (an hour long), or 09:00–17:00 on a day off. */
export function addRow(rows: readonly EditableInterval[], weekday: number): EditableInterval[] {
  const ends = rows
    .filter((row) => row.weekday === weekday && clockPattern.test(row.end.trim()))
    .map((row) => minutesOf(row.end.trim()));
  const after = ends.length > 0 ? Math.max(...ends) : null;
  const [start, end] =
    after === null
      ? ['09:00', '17:00']
      : after + 60 <= 24 * 60
        ? [clockOf(after), clockOf(after + 60)]
        : ['', ''];
  const row = { key: newKey(), weekday, start, end };
  const lastOfDay = rows.findLastIndex((existing) => existing.weekday <= weekday);
  return [...rows.slice(0, lastOfDay + 1), row, ...rows.slice(lastOfDay + 1)];
}

/** Whether the lines say the same week as what was saved (ignoring the order they are in). */
export function sameWeek(rows: readonly EditableInterval[], saved: readonly WorkingInterval[]): boolean {
  const canonical = (intervals: readonly WorkingInterval[]) =>
    intervals
      .map((interval) => `${interval.weekday} ${interval.start} ${interval.end}`)
      .sort()
      .join('|');
  return canonical(toPayload(rows)) === canonical(saved);
}

/** Minutes worked in a week, counting only complete lines. */
export function weeklyMinutes(rows: readonly EditableInterval[]): number {
  return drawable(rows).reduce((sum, row) => sum + minutesOf(row.end) - minutesOf(row.start), 0);
}
