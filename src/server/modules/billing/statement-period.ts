import { balanceEffect } from '../../../shared/balance-effect.ts';
import type { LedgerEntryKind } from '../../../shared/billing.ts';

type Entry = { kind: LedgerEntryKind; amountCents: number };

/**
 * The entries a statement shows, oldest first, each with the account balance after it: those
 * since the balance last stood at zero, so the opening balance is always zero. When the account
 * is settled now, the last zero is its end, and the statement shows the cycle that settled it.
 */
export function entriesSinceLastZero<T extends Entry>(
  entries: readonly T[],
): (T & { balanceAfterCents: number })[] {
  let balance = 0;
  const withBalances = entries.map((entry) => {
    balance += balanceEffect(entry.kind, entry.amountCents);
    return { ...entry, balanceAfterCents: balance };
  });
  let start = 0;
  for (let index = withBalances.length - 2; index >= 0; index--) {
    if (withBalances[index]?.balanceAfterCents === 0) {
      start = index + 1;
      break;
    }
  }
  return withBalances.slice(start);
}
