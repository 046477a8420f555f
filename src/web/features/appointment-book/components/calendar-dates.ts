import { Temporal } from 'temporal-polyfill';

export const bookViews = ['day', 'week', 'month'] as const;
export type BookView = (typeof bookViews)[number];

/** Today's date where the clinic is, which may not be where the browser is. */
export function todayIn(
  timeZone: string,
  now: Temporal.Instant = Temporal.Now.instant(),
): Temporal.PlainDate {
  return now.toZonedDateTimeISO(timeZone).toPlainDate();
}

/** A `YYYY-MM-DD` from the address bar, or undefined when it is not a real date. */
export function parsePlainDate(text: string | null): Temporal.PlainDate | undefined {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    return undefined;
  }
}

/** Monday to Sunday of the week holding `date` (ISO weeks, as working hours count weekdays). */
export function weekOf(date: Temporal.PlainDate): Temporal.PlainDate[] {
  const monday = date.subtract({ days: date.dayOfWeek - 1 });
  return Array.from({ length: 7 }, (_, index) => monday.add({ days: index }));
}

/** The weeks (Monday first) that cover the month of `date`, for the month overview. */
export function monthWeeks(date: Temporal.PlainDate): Temporal.PlainDate[][] {
  const first = date.with({ day: 1 });
  const last = date.with({ day: date.daysInMonth });
  const weeks: Temporal.PlainDate[][] = [];
  for (let monday = weekOf(first)[0] ?? first; Temporal.PlainDate.compare(monday, last) <= 0; ) {
    const week = weekOf(monday);
    weeks.push(week);
    monday = monday.add({ days: 7 });
  }
  return weeks;
}

/** The dates a view shows, first and last included. */
export function visibleRange(
  date: Temporal.PlainDate,
  view: BookView,
): { from: Temporal.PlainDate; to: Temporal.PlainDate } {
  if (view === 'day') return { from: date, to: date };
  const days = view === 'week' ? weekOf(date) : monthWeeks(date).flat();
  return { from: days[0] ?? date, to: days.at(-1) ?? date };
}

/** The previous or next day, week or month. A month step keeps the day where it can (31 → 30). */
export function shiftDate(date: Temporal.PlainDate, view: BookView, direction: -1 | 1): Temporal.PlainDate {
  if (view === 'day') return date.add({ days: direction });
  if (view === 'week') return date.add({ weeks: direction });
  return date.add({ months: direction });
}

/** Noon of the date in the clinic's zone: an instant to hand date formatters, far from DST edges. */
export function noonOf(date: Temporal.PlainDate, timeZone: string): string {
  return date
    .toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from('12:00') })
    .toInstant()
    .toString();
}
