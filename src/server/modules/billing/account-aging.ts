import { Temporal } from 'temporal-polyfill';
import { balanceEffect } from '../../../shared/balance-effect.ts';
import type { Aging, LedgerEntryKind } from '../../../shared/billing.ts';

/** What aging needs of a ledger row: its kind, amount as shown, and clinic-local posting date. */
export type AgingEntry = { kind: LedgerEntryKind; amountCents: number; postedOn: string };

const bucketOf = (ageDays: number): keyof Aging => {
  if (ageDays <= 30) return 'current';
  if (ageDays <= 60) return 'days31to60';
  if (ageDays <= 90) return 'days61to90';
  return 'over90';
};

/**
 * An account's aging as it stood at the end of the clinic-local date `asOf`: every debit (a
 * charge, a positive adjustment, a refund giving money back) is aged by its posting date, and
 * every credit (payments, discounts, charge reversals) is applied to the oldest open debit
 * first, whenever it was posted. What credit is left over is a credit balance, shown in
 * `current` as a negative amount, so the buckets always add up to the balance.
 */
export function ageAccount(entries: readonly AgingEntry[], asOf: string): Aging {
  const asOfDate = Temporal.PlainDate.from(asOf);
  const counted = entries.filter((entry) => entry.postedOn <= asOf);
  const debits = counted
    .map((entry) => ({ postedOn: entry.postedOn, cents: balanceEffect(entry.kind, entry.amountCents) }))
    .filter((debit) => debit.cents > 0)
    .sort((a, b) => (a.postedOn < b.postedOn ? -1 : a.postedOn > b.postedOn ? 1 : 0));
  let credit = counted.reduce((sum, entry) => {
    const effect = balanceEffect(entry.kind, entry.amountCents);
    return effect < 0 ? sum - effect : sum;
  }, 0);
  const aging: Aging = { current: 0, days31to60: 0, days61to90: 0, over90: 0 };
  for (const debit of debits) {
    const applied = Math.min(credit, debit.cents);
    credit -= applied;
    const open = debit.cents - applied;
    if (open === 0) continue;
    const ageDays = Temporal.PlainDate.from(debit.postedOn).until(asOfDate, { largestUnit: 'days' }).days;
    aging[bucketOf(ageDays)] += open;
  }
  aging.current -= credit;
  return aging;
}

/** The balance the rows add up to: charges, refunds and adjustments add, payments subtract. */
export function balanceOf(entries: readonly Pick<AgingEntry, 'kind' | 'amountCents'>[]): number {
  return entries.reduce((sum, entry) => sum + balanceEffect(entry.kind, entry.amountCents), 0);
}
