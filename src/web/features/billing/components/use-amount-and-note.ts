import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { billingNamespace } from '../i18n.ts';
import { toMinorUnits } from './minor-units.ts';

type Errors = { amount?: string; note?: string };
type Checked<Amount> = { amountCents: Amount; note: string } | null;

/**
 * The amount and the required note (a description or a reason) of a charge, an adjustment or a
 * refund: their state, their props for `AmountInput` and `TextInput`, and the check on submit.
 */
export function useAmountAndNote(currency: string) {
  const { t } = useTranslation(billingNamespace);
  const [amount, setAmount] = useState<number | string>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  function reset() {
    setAmount('');
    setNote('');
    setErrors({});
  }

  function check<Amount>(amountCents: Amount | null): Checked<Amount> {
    const trimmed = note.trim();
    setErrors({
      ...(amountCents === null ? { amount: t('fields.amountRequired') } : {}),
      ...(trimmed === '' ? { note: t('fields.required') } : {}),
    });
    return amountCents === null || trimmed === '' ? null : { amountCents, note: trimmed };
  }

  return {
    amountProps: { currency, value: amount, onChange: setAmount, error: errors.amount },
    noteProps: {
      value: note,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setNote(event.currentTarget.value),
      error: errors.note,
      maxLength: 300,
      withAsterisk: true,
    },
    reset,
    /** Both required; null (errors shown) unless both are there. */
    read: (): Checked<number> => check(toMinorUnits(amount, currency)),
    /** An empty amount is `undefined` (the server's default); a bad one is an error. */
    readOptionalAmount: (): Checked<number | undefined> =>
      check(amount === '' ? undefined : toMinorUnits(amount, currency)),
  };
}
