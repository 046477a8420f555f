import type { LedgerEntryKind } from './billing.ts';

/**
 * How a ledger entry moves the patient's balance: charges, refunds and adjustments add, payments
 * subtract (entries store a payment's amount as positive; see 0012_billing.sql).
 */
export function balanceEffect(kind: LedgerEntryKind, amountCents: number): number {
  return kind === 'payment' ? -amountCents : amountCents;
}
