import type { LedgerEntry } from '../../../../shared/billing.ts';

/**
 * The visit fee that still stands: a positive charge posted for the visit that no reversal takes
 * back, which undoing the completion reverses; null when none stands. The ledger does not mark
 * which charge is the fee, but a completion posts it under the type's name; other charges of the
 * visit (posted at checkout) are the fallback, the earliest first.
 */
export function standingVisitCharge(
  entries: readonly LedgerEntry[],
  appointmentId: string,
  typeName?: string,
): LedgerEntry | null {
  const reversed = new Set(
    entries.flatMap((entry) => (entry.reversesEntryId ? [entry.reversesEntryId] : [])),
  );
  const standing = entries.filter(
    (entry) =>
      entry.kind === 'charge' &&
      entry.appointmentId === appointmentId &&
      entry.amountCents > 0 &&
      !entry.reversesEntryId &&
      !reversed.has(entry.id),
  );
  return standing.find((entry) => entry.description === typeName) ?? standing[0] ?? null;
}
