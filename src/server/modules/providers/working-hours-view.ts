import type { WorkingInterval } from '../../../shared/scheduling.ts';
import type { workingHours } from '../../db/schema.ts';

type WorkingHoursRow = typeof workingHours.$inferSelect;

/** PostgreSQL answers `09:00:00`, and `24:00:00` for the end of the day; the API speaks `HH:MM`. */
export function toLocalTime(value: string): string {
  return value.slice(0, 5);
}

export function toWorkingInterval(row: WorkingHoursRow): WorkingInterval {
  return { weekday: row.weekday, start: toLocalTime(row.startTime), end: toLocalTime(row.endTime) };
}

export function byWeekdayAndStart(a: WorkingInterval, b: WorkingInterval): number {
  // Zero-padded HH:MM strings sort in time order.
  return a.weekday - b.weekday || a.start.localeCompare(b.start);
}
