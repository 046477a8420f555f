import { isoWeekdays } from './working-hours-grid.ts';

/** Weekday names in the user's language, Monday first (1 January 2024 was a Monday). */
export function weekdayNames(locale: string, width: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return isoWeekdays.map((weekday) => format.format(Date.UTC(2024, 0, weekday)));
}

/** A time of day (minutes after midnight) as the locale writes it: 1:30 PM, 13:30. */
export function wallClockLabel(minutes: number, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
  return format.format(Date.UTC(2024, 0, 1, Math.floor(minutes / 60), minutes % 60));
}
