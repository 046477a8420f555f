import type { Temporal } from 'temporal-polyfill';
import { dateTimeFormat, formatLongDate, type LocaleFormat } from '../../../i18n/format.ts';
import { noonOf } from './calendar-dates.ts';

// The calendar's own date styles, beside the shared ones in i18n/format.ts.
const noon = (date: Temporal.PlainDate, format: LocaleFormat) => new Date(noonOf(date, format.timeZone));

/** Wednesday, March 18, 2026. */
export function formatDayHeading(date: Temporal.PlainDate, format: LocaleFormat): string {
  return formatLongDate(noonOf(date, format.timeZone), format);
}

/** Mar 16 – 22, 2026. */
export function formatWeekHeading(
  from: Temporal.PlainDate,
  to: Temporal.PlainDate,
  format: LocaleFormat,
): string {
  return dateTimeFormat(format, { dateStyle: 'medium' }).formatRange(noon(from, format), noon(to, format));
}

/** March 2026. */
export function formatMonthHeading(date: Temporal.PlainDate, format: LocaleFormat): string {
  return dateTimeFormat(format, { month: 'long', year: 'numeric' }).format(noon(date, format));
}

/** Mon 16 — a week column's header. */
export function formatColumnDay(date: Temporal.PlainDate, format: LocaleFormat): string {
  return dateTimeFormat(format, { weekday: 'short', day: 'numeric' }).format(noon(date, format));
}

/** Mon — the month overview's column header. */
export function formatWeekday(date: Temporal.PlainDate, format: LocaleFormat): string {
  return dateTimeFormat(format, { weekday: 'short' }).format(noon(date, format));
}

/** Monday, March 16 — within a sentence such as a cell's label. */
export function formatDayInSentence(date: Temporal.PlainDate, format: LocaleFormat): string {
  return dateTimeFormat(format, { weekday: 'long', month: 'long', day: 'numeric' }).format(
    noon(date, format),
  );
}
