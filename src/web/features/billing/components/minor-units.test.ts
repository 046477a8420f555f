import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMinorUnits, minorUnitDigits, numberSeparators, toMinorUnits } from './minor-units.ts';

describe('minor units', () => {
  it('knows the decimals of a currency', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('BRL')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
  });

  it('turns a typed amount into whole cents, despite binary fractions', () => {
    expect(toMinorUnits(12.5, 'USD')).toBe(1250);
    expect(toMinorUnits(0.29, 'USD')).toBe(29);
    expect(toMinorUnits(1200, 'JPY')).toBe(1200);
  });

  it('refuses nothing, zero, negatives and more decimals than the currency has', () => {
    expect(toMinorUnits('', 'USD')).toBeNull();
    expect(toMinorUnits(0, 'USD')).toBeNull();
    expect(toMinorUnits(-5, 'USD')).toBeNull();
    expect(toMinorUnits(1.005, 'USD')).toBeNull();
    expect(toMinorUnits(1.5, 'JPY')).toBeNull();
  });

  it('round-trips every amount in cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (cents) => {
        expect(toMinorUnits(fromMinorUnits(cents, 'USD'), 'USD')).toBe(cents);
      }),
    );
  });

  it('reads the separators of the language', () => {
    expect(numberSeparators('en')).toEqual({ decimal: '.', group: ',' });
    expect(numberSeparators('pt-BR')).toEqual({ decimal: ',', group: '.' });
  });
});
