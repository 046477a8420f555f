import { Temporal } from 'temporal-polyfill';

/** How a document shows numbers and time: the patient's locale, the clinic's currency and zone. */
export type DocumentFormat = { locale: string; currency: string; timeZone: string };

/** An amount in minor units, as the locale writes the currency: $1,234.50, R$ 1.234,50, ¥1,235. */
export function formatMoney(minorUnits: number, format: DocumentFormat): string {
  const currency = new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currency });
  const digits = currency.resolvedOptions().maximumFractionDigits ?? 2;
  return currency.format(minorUnits / 10 ** digits);
}

/** An instant as the clinic's wall clock shows it. */
export function formatDateTime(instant: Date, format: DocumentFormat): string {
  return new Intl.DateTimeFormat(format.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: format.timeZone,
  }).format(instant);
}

/** A clinic-local calendar date (`YYYY-MM-DD`). */
export function formatDate(date: string, format: DocumentFormat): string {
  return Temporal.PlainDate.from(date).toLocaleString(format.locale, { dateStyle: 'medium' });
}

/** A clinic-local date in numbers, for table columns: 01/20/2026, 20/01/2026. */
export function formatNumericDate(date: string, format: DocumentFormat): string {
  return Temporal.PlainDate.from(date).toLocaleString(format.locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}
