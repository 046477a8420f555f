import type { LedgerEntryKind } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { ledgerEntries } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { assertPeriodOpen, openDateOnOrAfter } from './accounting-period.ts';
import { clinicDateOf } from './clinic-date.ts';

export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;

export type PostLedgerEntryInput = {
  patientId: string;
  kind: LedgerEntryKind;
  /** As shown on the ledger: see 0012_billing.sql for the sign rules. */
  amountCents: number;
  description: string;
  appointmentId?: string | null;
  paymentId?: string | null;
  refundId?: string | null;
  reversesEntryId?: string | null;
  /** The fee a completed visit posts; see post-visit-fee.ts. */
  visitFee?: boolean;
  /**
   * `refuse` (default): a closed day is `409 period_closed`. `next_open_day`: money that has
   * already moved (a Stripe confirmation arriving after the close) is booked on the next open day.
   */
  whenClosed?: 'refuse' | 'next_open_day';
};

/**
 * The one way a row enters the ledger: dated in the clinic's zone, refused on a closed day,
 * in the clinic currency, and written to the audit trail in the caller's transaction.
 */
export async function postLedgerEntry(
  ctx: AppContext,
  tx: Tx,
  input: PostLedgerEntryInput,
  source: AuditSource,
): Promise<LedgerEntryRow> {
  const clinic = await getClinicSettings(tx);
  const now = ctx.now();
  const today = clinicDateOf(now, clinic.timeZone);
  let postedOn = today;
  if (input.whenClosed === 'next_open_day') postedOn = await openDateOnOrAfter(tx, today);
  else await assertPeriodOpen(tx, today);
  const [row] = await tx
    .insert(ledgerEntries)
    .values({
      patientId: input.patientId,
      kind: input.kind,
      amountCents: input.amountCents,
      currency: clinic.currency,
      description: input.description,
      postedAt: now,
      postedOn,
      appointmentId: input.appointmentId ?? null,
      paymentId: input.paymentId ?? null,
      refundId: input.refundId ?? null,
      reversesEntryId: input.reversesEntryId ?? null,
      visitFee: input.visitFee ?? false,
      createdBy: source.actorId,
    })
    .returning();
  if (!row) throw new Error('ledger insert returned nothing');
  await ctx.audit.record(tx, {
    ...source,
    action: `ledger.${input.kind}`,
    entity: 'ledger_entry',
    entityId: row.id,
    patientId: input.patientId,
    outcome: 'success',
    detail: { amountCents: input.amountCents, ...(input.paymentId ? { paymentId: input.paymentId } : {}) },
  });
  return row;
}
