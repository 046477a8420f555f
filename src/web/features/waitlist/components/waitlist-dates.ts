import { formatLongDate, formatTimeRange, type LocaleFormat } from '../../../i18n/format.ts';

/**
 * A request's window of calendar dates (the clinic's local dates) as "Mar 18 – 27, 2026". Plain
 * dates carry no zone, so they are read at UTC midnight and formatted in UTC: no offset can move
 * them to another day.
 */
export function formatDateWindow(from: string, to: string, locale: string): string {
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  return from === to ? dates.format(start) : dates.formatRange(start, end);
}

/** An offered visit in the clinic's zone: "Wednesday, March 18, 2026, 10:00 – 10:30 AM". */
export function formatVisit(start: string, end: string, format: LocaleFormat): string {
  return `${formatLongDate(start, format)}, ${formatTimeRange(start, end, format)}`;
}
