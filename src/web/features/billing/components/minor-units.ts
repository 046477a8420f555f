/** How many decimals the currency's minor unit has: 2 for USD and BRL, 0 for JPY. */
export function minorUnitDigits(currency: string): number {
  const options = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
  return options.maximumFractionDigits ?? 2;
}

/**
 * An amount typed in major units (12.5) as integer minor units (1250), or null when it is not
 * a positive amount the currency can hold exactly.
 */
export function toMinorUnits(amount: number | string, currency: string): number | null {
  const value = typeof amount === 'number' ? amount : Number.NaN;
  if (!Number.isFinite(value) || value <= 0) return null;
  const scaled = value * 10 ** minorUnitDigits(currency);
  const rounded = Math.round(scaled);
  // Floating point: 0.29 * 100 is 28.999999999999996; anything further off had too many decimals.
  return Math.abs(scaled - rounded) < 1e-6 ? rounded : null;
}

/** Minor units back to the number a money input shows. */
export function fromMinorUnits(minorUnits: number, currency: string): number {
  return minorUnits / 10 ** minorUnitDigits(currency);
}

/** The decimal and grouping marks of the user's language, for a money input. */
export function numberSeparators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}
