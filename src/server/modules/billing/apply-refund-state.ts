import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { refunds } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { PaymentRow, RefundRow } from './payment-view.ts';
import { postLedgerEntry } from './post-ledger-entry.ts';
import type { RefundState } from './stripe-transitions.ts';

/**
 * Records what Stripe decided about a refund, in the caller's transaction: a success puts the
 * money back on the account in the ledger (on the next open day if today is closed, since the
 * money has already moved), a failure keeps Stripe's reason for the desk to see.
 */
export async function applyRefundState(
  ctx: AppContext,
  tx: Tx,
  payment: PaymentRow,
  refund: RefundRow,
  next: RefundState,
  source: AuditSource,
): Promise<RefundRow> {
  const [updated] = await tx
    .update(refunds)
    .set({
      status: next.status,
      failureReason: next.failureReason,
      settledAt: next.status === 'pending' ? null : ctx.now(),
    })
    .where(eq(refunds.id, refund.id))
    .returning();
  if (!updated) throw new Error('refund row vanished');
  if (next.status === 'succeeded') {
    await postLedgerEntry(
      ctx,
      tx,
      {
        patientId: payment.patientId,
        kind: 'refund',
        amountCents: refund.amountCents,
        description: `Card refund: ${refund.reason}`,
        paymentId: payment.id,
        refundId: refund.id,
        whenClosed: 'next_open_day',
      },
      source,
    );
  }
  await ctx.audit.record(tx, {
    ...source,
    action: next.status === 'succeeded' ? 'refunds.settled' : 'refunds.failed',
    entity: 'refund',
    entityId: refund.id,
    patientId: payment.patientId,
    outcome: next.status === 'succeeded' ? 'success' : 'failure',
    detail: { paymentId: payment.id, amountCents: refund.amountCents },
  });
  return updated;
}
