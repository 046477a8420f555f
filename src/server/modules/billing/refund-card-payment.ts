import { eq } from 'drizzle-orm';
import type { Refund } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { payments, refunds } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { committedRefundCents, type PaymentRow, toRefund } from './payment-view.ts';
import { requireStripe } from './stripe-client.ts';
import { submitRefund } from './submit-refund.ts';

/**
 * Asks Stripe to refund part of a settled card payment (the caller has checked that it fits).
 * The refund is recorded pending first, so it is never lost, then sent with its id as the
 * idempotency key; it stays pending until Stripe says succeeded or failed, and only then moves
 * the ledger.
 */
export async function refundCardPayment(
  ctx: AppContext,
  payment: PaymentRow,
  input: { amountCents: number; reason: string },
  source: AuditSource,
): Promise<Refund> {
  requireStripe(ctx.config);
  const pending = await withTransaction(ctx.db, async (tx) => {
    // Checked again under the payment's lock: two refunds started at once cannot both take the rest.
    await tx.select({ id: payments.id }).from(payments).where(eq(payments.id, payment.id)).for('update');
    const earlier = await tx.select().from(refunds).where(eq(refunds.paymentId, payment.id));
    const refundableCents = payment.amountCents - committedRefundCents(earlier);
    if (input.amountCents > refundableCents) {
      throw problem(
        422,
        'refund_exceeds_payment',
        `At most ${refundableCents} (minor units) of this payment can still be refunded.`,
        {
          extensions: { refundableCents },
        },
      );
    }
    const [row] = await tx
      .insert(refunds)
      .values({
        paymentId: payment.id,
        amountCents: input.amountCents,
        reason: input.reason,
        status: 'pending',
        createdBy: source.actorId,
        createdAt: ctx.now(),
      })
      .returning();
    if (!row) throw new Error('refund insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action: 'refunds.request',
      entity: 'refund',
      entityId: row.id,
      patientId: payment.patientId,
      outcome: 'success',
      detail: { paymentId: payment.id, amountCents: row.amountCents },
    });
    return row;
  });
  return toRefund(await submitRefund(ctx, pending.id, source, 'mark_failed'));
}
