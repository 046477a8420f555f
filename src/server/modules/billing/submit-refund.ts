import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import type { AppContext } from '../../context.ts';
import { payments, refunds } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { applyRefundState } from './apply-refund-state.ts';
import type { PaymentRow, RefundRow } from './payment-view.ts';
import { requireStripe, stripeUnavailable } from './stripe-client.ts';
import { nextRefundState, type RefundState } from './stripe-transitions.ts';

export type WhenStripeUnreachable = 'mark_failed' | 'keep_pending';

/**
 * Asks Stripe for a refund we have recorded as pending. The idempotency key is the refund's id,
 * so asking again (a retried webhook, an SDK retry) never refunds twice. Stripe's answer is
 * applied at once; a refund still pending there is settled later by its webhook.
 */
export async function submitRefund(
  ctx: AppContext,
  refundId: string,
  source: AuditSource,
  whenUnreachable: WhenStripeUnreachable,
): Promise<RefundRow> {
  const { client } = requireStripe(ctx.config);
  const [pair] = await ctx.db
    .select({ payment: payments, refund: refunds })
    .from(refunds)
    .innerJoin(payments, eq(payments.id, refunds.paymentId))
    .where(eq(refunds.id, refundId));
  if (!pair) throw new Error('refund to submit is missing');
  let answer: { stripeRefundId: string | null; state: Parameters<typeof nextRefundState>[1] };
  try {
    if (!pair.payment.stripePaymentIntentId) throw new Error('a settled card payment has no PaymentIntent');
    const refund = await client.refunds.create(
      {
        payment_intent: pair.payment.stripePaymentIntentId,
        amount: pair.refund.amountCents,
        metadata: { refundId: pair.refund.id, paymentId: pair.payment.id },
      },
      { idempotencyKey: `refund:${pair.refund.id}` },
    );
    answer = {
      stripeRefundId: refund.id,
      state: { status: refund.status, failureReason: refund.failure_reason ?? null },
    };
  } catch (error) {
    if (unreachable(error) && whenUnreachable === 'keep_pending') throw stripeUnavailable();
    answer = { stripeRefundId: null, state: { status: 'failed', failureReason: failureOf(error) } };
  }
  return withTransaction(ctx.db, async (tx) => {
    const [current] = await tx.select().from(refunds).where(eq(refunds.id, refundId)).for('update');
    if (!current) throw new Error('refund row vanished');
    const withId =
      answer.stripeRefundId && !current.stripeRefundId
        ? await tx
            .update(refunds)
            .set({ stripeRefundId: answer.stripeRefundId })
            .where(eq(refunds.id, refundId))
            .returning()
        : [current];
    const row = withId[0] ?? current;
    const next: RefundState | null = nextRefundState(row, answer.state);
    return next ? applyRefundState(ctx, tx, pair.payment satisfies PaymentRow, row, next, source) : row;
  });
}

function unreachable(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError
  );
}

function failureOf(error: unknown): string {
  if (unreachable(error)) return 'The card payment provider could not be reached.';
  if (error instanceof Stripe.errors.StripeError)
    return error.message || 'Refused by the card payment provider.';
  return 'This payment cannot be refunded by card.';
}
