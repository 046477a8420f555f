import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { payments, refunds, stripeEvents } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { bookPaidDeposit } from './deposit-booking.ts';
import type { PaymentRow } from './payment-view.ts';
import { settleCardPayment } from './settle-card-payment.ts';
import type { StripePaymentView } from './stripe-payment-view.ts';
import { nextPaymentState } from './stripe-transitions.ts';
import { syncCardRefunds } from './sync-card-refunds.ts';

export type AppliedStripeEvent = 'applied' | 'duplicate' | 'ignored';

/**
 * Applies what Stripe now says about one of our card payments, in the transaction that records
 * the event's id. The id's primary key makes a second delivery (even a concurrent one, which
 * waits on the first's insert) a no-op; the payment's row lock orders different events for the
 * same payment; and since the state applied is re-fetched and only ever moves forward, any order
 * of events ends in the same place.
 */
export async function applyStripeEvent(
  ctx: AppContext,
  event: { id: string; type: string },
  view: StripePaymentView | null,
  source: AuditSource,
): Promise<AppliedStripeEvent> {
  return withTransaction(ctx.db, async (tx) => {
    const recorded = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type, receivedAt: ctx.now() })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (recorded.length === 0) return 'duplicate';
    if (!view?.paymentId) return 'ignored';
    const [payment] = await tx.select().from(payments).where(eq(payments.id, view.paymentId)).for('update');
    if (!payment || !matches(payment, view)) {
      await ctx.audit.record(tx, {
        ...source,
        action: 'payments.stripe_event',
        entity: 'payment',
        entityId: payment?.id ?? null,
        patientId: payment?.patientId ?? null,
        outcome: 'failure',
        detail: { eventType: event.type, reason: payment ? 'does_not_match' : 'unknown_payment' },
      });
      return 'ignored';
    }
    let current: PaymentRow = payment;
    const next = nextPaymentState(payment, view);
    if (next?.status === 'succeeded') {
      current = await settleCardPayment(ctx, tx, payment, view.paymentIntentId, source);
      await syncCardRefunds(ctx, tx, current, view.refunds, source);
      if (current.appointmentId) current = await bookPaidDeposit(ctx, tx, current, source);
      return 'applied';
    }
    if (next) {
      const [changed] = await tx
        .update(payments)
        .set({ ...next, stripePaymentIntentId: view.paymentIntentId ?? payment.stripePaymentIntentId })
        .where(eq(payments.id, payment.id))
        .returning();
      current = changed ?? payment;
      await ctx.audit.record(tx, {
        ...source,
        action: next.status === 'cancelled' ? 'payments.cancel' : 'payments.fail',
        entity: 'payment',
        entityId: payment.id,
        patientId: payment.patientId,
        outcome: 'failure',
        detail: { eventType: event.type },
      });
    }
    await syncCardRefunds(ctx, tx, current, view.refunds, source);
    return 'applied';
  });
}

/** The session Stripe describes must be the one we opened for this payment, for the same money. */
function matches(payment: PaymentRow, view: StripePaymentView): boolean {
  return (
    payment.method === 'stripe' &&
    payment.stripeCheckoutSessionId === view.sessionId &&
    payment.amountCents === view.amountCents &&
    payment.currency === view.currency
  );
}

/** Refunds recorded but not yet sent to Stripe (an automatic deposit refund, a lost request). */
export async function unsentRefundIds(ctx: AppContext, paymentId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: refunds.id })
    .from(refunds)
    .where(
      and(eq(refunds.paymentId, paymentId), eq(refunds.status, 'pending'), isNull(refunds.stripeRefundId)),
    );
  return rows.map((row) => row.id);
}
