import type { AppointmentType } from '../../../../shared/scheduling.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';

/** What the inputs hold: NumberInput gives '' when blank, so numbers may be strings. */
export type AppointmentTypeFormValues = {
  name: string;
  durationMinutes: number | string;
  bufferMinutes: number | string;
  /** In the currency's major unit (120.50), as typed; sent as priceCents. */
  price: number | string;
  color: string;
  bookableOnline: boolean;
  active: boolean;
  providerIds: string[];
};

export const defaultTypeColour = '#1c7ed6';

/** How many minor units the currency has (2 for BRL/USD, 0 for JPY), as formatMoney uses. */
export function currencyDigits(format: LocaleFormat): number {
  const currency = new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currency });
  return currency.resolvedOptions().maximumFractionDigits ?? 2;
}

/** The locale's decimal mark, so a price is typed as it is read (120,50 in pt-BR). */
export function decimalSeparator(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  );
}

export function toFormValues(type: AppointmentType | undefined, digits: number): AppointmentTypeFormValues {
  if (!type) {
    return {
      name: '',
      durationMinutes: 30,
      bufferMinutes: 0,
      price: '',
      color: defaultTypeColour,
      bookableOnline: false,
      active: true,
      providerIds: [],
    };
  }
  return {
    name: type.name,
    durationMinutes: type.durationMinutes,
    bufferMinutes: type.bufferMinutes,
    price: type.priceCents / 10 ** digits,
    color: type.color,
    bookableOnline: type.bookableOnline,
    active: type.active,
    providerIds: type.providerIds,
  };
}

function numberOrUndefined(value: number | string): number | undefined {
  if (value === '') return undefined;
  return typeof value === 'number' ? value : Number(value);
}

/** The request body before the shared schema checks it; blanks become undefined. */
export function toCandidate(values: AppointmentTypeFormValues, digits: number) {
  const price = numberOrUndefined(values.price);
  return {
    name: values.name,
    durationMinutes: numberOrUndefined(values.durationMinutes),
    bufferMinutes: numberOrUndefined(values.bufferMinutes) ?? 0,
    // Rounded because 1.1 * 100 is 110.00000000000001 in floating point.
    priceCents: price === undefined ? 0 : Math.round(price * 10 ** digits),
    color: values.color === '' ? undefined : values.color,
    bookableOnline: values.bookableOnline,
    active: values.active,
    providerIds: values.providerIds,
  };
}
