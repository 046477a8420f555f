import { dateTimeFormat, type LocaleFormat } from '../../../i18n/format.ts';

// A clinic-local date is a calendar date, not an instant: formatted at noon UTC in UTC, it reads
// as itself in every zone.
const asCalendarDate = (date: string) => new Date(`${date}T12:00:00Z`);

/** 18 Mar 2026 / 18 de mar. de 2026. */
export function formatCalendarDate(date: string, format: LocaleFormat): string {
  return dateTimeFormat({ ...format, timeZone: 'UTC' }, { dateStyle: 'medium' }).format(asCalendarDate(date));
}

/** 18 Mar / 18 de mar.: a chart's axis. */
export function formatShortDate(date: string, format: LocaleFormat): string {
  return dateTimeFormat({ ...format, timeZone: 'UTC' }, { day: 'numeric', month: 'short' }).format(
    asCalendarDate(date),
  );
}

/** March 2026 / março de 2026, from a `YYYY-MM` key. */
export function formatMonth(month: string, format: LocaleFormat): string {
  return dateTimeFormat({ ...format, timeZone: 'UTC' }, { month: 'long', year: 'numeric' }).format(
    asCalendarDate(`${month}-15`),
  );
}

/** 42.5% / 42,5%; null (nothing to divide by) as the words given. */
export function formatRatio(ratio: number | null, format: LocaleFormat, notApplicable: string): string {
  if (ratio === null) return notApplicable;
  return new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** Minutes as hours with one decimal: 90 → 1.5. */
export function formatHours(minutes: number, format: LocaleFormat): string {
  return new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(minutes / 60);
}

export function formatCount(count: number, format: LocaleFormat): string {
  return new Intl.NumberFormat(format.locale).format(count);
}
