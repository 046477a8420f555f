import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { refunds } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { applyRefundState } from './apply-refund-state.ts';
import type { PaymentRow } from './payment-view.ts';
import type { StripeRefundView } from './stripe-payment-view.ts';
import { nextRefundState } from './stripe-transitions.ts';

/**
 * Brings our refund rows of a settled card payment in line with Stripe's list: ours are found by
 * Stripe's id or our id in its metadata; one made at Stripe directly (the dashboard) is recorded
 * too, so the ledger matches the money.
 */
export async function syncCardRefunds(
  ctx: AppContext,
  tx: Tx,
  payment: PaymentRow,
  stripeRefunds: readonly StripeRefundView[],
  source: AuditSource,
): Promise<void> {
  if (payment.status !== 'succeeded') return;
  const ours = await tx.select().from(refunds).where(eq(refunds.paymentId, payment.id)).for('update');
  for (const stripeRefund of stripeRefunds) {
    let row =
      ours.find((candidate) => candidate.stripeRefundId === stripeRefund.id) ??
      ours.find((candidate) => candidate.id === stripeRefund.refundId);
    if (row && !row.stripeRefundId) {
      [row] = await tx
        .update(refunds)
        .set({ stripeRefundId: stripeRefund.id })
        .where(eq(refunds.id, row.id))
        .returning();
    }
    if (!row) {
      [row] = await tx
        .insert(refunds)
        .values({
          paymentId: payment.id,
          amountCents: stripeRefund.amountCents,
          reason: stripeRefund.reason ? `Refunded at Stripe (${stripeRefund.reason})` : 'Refunded at Stripe',
          status: 'pending',
          stripeRefundId: stripeRefund.id,
          createdAt: ctx.now(),
        })
        .returning();
    }
    if (!row) throw new Error('refund row vanished');
    const next = nextRefundState(row, stripeRefund);
    if (next) await applyRefundState(ctx, tx, payment, row, next, source);
  }
}
