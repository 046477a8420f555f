import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { minorUnitDigits, numberSeparators } from './minor-units.ts';

type Props = Omit<NumberInputProps, 'decimalScale' | 'decimalSeparator' | 'thousandSeparator'> & {
  currency: string;
};

/** A money field in the user's notation (1,234.50 or 1.234,50) with the currency's decimals. */
export function AmountInput({ currency, ...props }: Props) {
  const { i18n } = useTranslation();
  const { decimal, group } = numberSeparators(i18n.resolvedLanguage ?? 'en');
  return (
    <NumberInput
      min={0}
      hideControls
      inputMode="decimal"
      decimalScale={minorUnitDigits(currency)}
      fixedDecimalScale
      decimalSeparator={decimal}
      thousandSeparator={group}
      leftSection={<span aria-hidden="true">{currencySymbol(currency, i18n.resolvedLanguage ?? 'en')}</span>}
      {...props}
    />
  );
}

function currencySymbol(currency: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}
