import type Stripe from 'stripe';
import type { StripeCheckoutState, StripeRefundStatus } from './stripe-transitions.ts';

export type StripeRefundView = {
  id: string;
  amountCents: number;
  status: StripeRefundStatus | string | null;
  failureReason: string | null;
  /** Ours, when we asked for the refund (`metadata.refundId`); absent for dashboard refunds. */
  refundId: string | null;
  reason: string | null;
};

/** A Checkout payment as Stripe holds it now: the session, its PaymentIntent and its refunds. */
export type StripePaymentView = StripeCheckoutState & {
  sessionId: string;
  paymentId: string | null;
  amountCents: number;
  currency: string;
  paymentIntentId: string | null;
  refunds: StripeRefundView[];
};

export async function fetchStripePayment(stripe: Stripe, sessionId: string): Promise<StripePaymentView> {
  const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ['payment_intent'] });
  const intent =
    typeof session.payment_intent === 'string'
      ? await stripe.paymentIntents.retrieve(session.payment_intent)
      : session.payment_intent;
  const refunds = intent ? (await stripe.refunds.list({ payment_intent: intent.id, limit: 100 })).data : [];
  const paid = session.payment_status === 'paid' && intent?.status === 'succeeded';
  return {
    sessionId: session.id,
    paymentId: session.metadata?.paymentId ?? null,
    amountCents: session.amount_total ?? 0,
    currency: (session.currency ?? '').toUpperCase(),
    paymentIntentId: intent?.id ?? null,
    paid,
    expired: session.status === 'expired',
    declined:
      !paid && intent?.status === 'requires_payment_method' && intent.last_payment_error
        ? (intent.last_payment_error.message ?? 'The card was declined.')
        : null,
    refunds: refunds.map((refund) => ({
      id: refund.id,
      amountCents: refund.amount,
      status: refund.status,
      failureReason: refund.failure_reason ?? null,
      refundId: refund.metadata?.refundId ?? null,
      reason: refund.reason ?? null,
    })),
  };
}

/** The Checkout Session a verified event concerns, found by re-fetching its object from Stripe. */
export async function sessionIdForEvent(
  stripe: Stripe,
  event: Stripe.Event,
): Promise<{ sessionId: string | null; paymentId: string | null }> {
  const object = event.data.object as { id?: unknown; payment_intent?: unknown };
  const id = typeof object.id === 'string' ? object.id : null;
  if (!id) return { sessionId: null, paymentId: null };
  if (event.type.startsWith('checkout.session.')) {
    const session = await stripe.checkout.sessions.retrieve(id);
    return { sessionId: session.id, paymentId: session.metadata?.paymentId ?? null };
  }
  let intentId: string | null = null;
  if (event.type.startsWith('payment_intent.')) intentId = id;
  else if (event.type.startsWith('refund.')) {
    const refund = await stripe.refunds.retrieve(id);
    intentId =
      typeof refund.payment_intent === 'string' ? refund.payment_intent : (refund.payment_intent?.id ?? null);
  } else if (event.type.startsWith('charge.')) {
    const charge = await stripe.charges.retrieve(id);
    intentId =
      typeof charge.payment_intent === 'string' ? charge.payment_intent : (charge.payment_intent?.id ?? null);
  }
  if (!intentId) return { sessionId: null, paymentId: null };
  const intent = await stripe.paymentIntents.retrieve(intentId);
  return { sessionId: null, paymentId: intent.metadata?.paymentId ?? null };
}
