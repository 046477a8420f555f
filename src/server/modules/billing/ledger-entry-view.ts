import type { LedgerEntry } from '../../../shared/billing.ts';
import type { LedgerEntryRow } from './post-ledger-entry.ts';

export function toLedgerEntry(
  row: LedgerEntryRow,
  extra: { balanceAfterCents: number; createdByName?: string | null },
): LedgerEntry {
  return {
    id: row.id,
    patientId: row.patientId,
    kind: row.kind,
    amountCents: row.amountCents,
    description: row.description,
    postedAt: row.postedAt.toISOString(),
    appointmentId: row.appointmentId,
    paymentId: row.paymentId,
    refundId: row.refundId,
    reversesEntryId: row.reversesEntryId,
    createdBy: row.createdBy,
    ...(extra.createdByName === undefined ? {} : { createdByName: extra.createdByName }),
    balanceAfterCents: extra.balanceAfterCents,
  };
}
