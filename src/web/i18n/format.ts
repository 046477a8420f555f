/** Where and how a user reads times: their language, and the clinic's time zone and currency. */
export type LocaleFormat = { locale: string; timeZone: string; currency: string };

// Intl formatters are costly to build and a calendar formats hundreds of times per render.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter for the user's language and the clinic's zone, built once per style. */
export function dateTimeFormat(
  format: LocaleFormat,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${format.locale}|${format.timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(format.locale, { ...options, timeZone: format.timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

function toDate(instant: string | Date): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** 10:00 AM in en, 10:00 in pt-BR. */
export function formatTime(instant: string | Date, format: LocaleFormat): string {
  return dateTimeFormat(format, { timeStyle: 'short' }).format(toDate(instant));
}

/** 10:00 – 10:45 AM, with the locale's own range style. */
export function formatTimeRange(start: string | Date, end: string | Date, format: LocaleFormat): string {
  return dateTimeFormat(format, { timeStyle: 'short' }).formatRange(toDate(start), toDate(end));
}

/** Wednesday, March 18, 2026 — the long day heading of a calendar. */
export function formatLongDate(instant: string | Date, format: LocaleFormat): string {
  return dateTimeFormat(format, { dateStyle: 'full' }).format(toDate(instant));
}

/** Mar 18, 2026, 10:00 AM. */
export function formatDateTime(instant: string | Date, format: LocaleFormat): string {
  return dateTimeFormat(format, { dateStyle: 'medium', timeStyle: 'short' }).format(toDate(instant));
}

/**
 * An amount in minor units (cents) in the clinic's currency: $120.00, R$ 120,00; with
 * `signDisplay: 'exceptZero'`, +$120.00 and -$120.00 (a change rather than an amount).
 */
export function formatMoney(
  minorUnits: number,
  format: LocaleFormat,
  options: Pick<Intl.NumberFormatOptions, 'signDisplay'> = {},
): string {
  const currency = new Intl.NumberFormat(format.locale, {
    style: 'currency',
    currency: format.currency,
    ...options,
  });
  const digits = currency.resolvedOptions().maximumFractionDigits ?? 2;
  return currency.format(minorUnits / 10 ** digits);
}
