import type { PaymentStatus, RefundStatus } from '../../../shared/billing.ts';

/** What Stripe says about a Checkout payment, re-fetched (never taken from the event). */
export type StripeCheckoutState = {
  paid: boolean;
  expired: boolean;
  /** The last card error while the session is still open, e.g. "Your card was declined." */
  declined: string | null;
};

export type PaymentState = { status: PaymentStatus; failureReason: string | null };

/**
 * Where a card payment goes given Stripe's current view, or null for no change. Money that moved
 * wins over anything we recorded before (a card declined, then another card accepted in the same
 * session), and a succeeded payment never goes back: so replays, duplicates and events out of
 * order all end in the same state.
 */
export function nextPaymentState(current: PaymentState, stripe: StripeCheckoutState): PaymentState | null {
  if (current.status === 'succeeded') return null;
  if (stripe.paid) return { status: 'succeeded', failureReason: null };
  if (stripe.expired) {
    return current.status === 'cancelled'
      ? null
      : { status: 'cancelled', failureReason: 'The checkout expired unpaid.' };
  }
  if (stripe.declined !== null && current.status === 'pending') {
    return { status: 'failed', failureReason: stripe.declined };
  }
  return null;
}

export type StripeRefundStatus = 'pending' | 'requires_action' | 'succeeded' | 'failed' | 'canceled';

export type RefundState = { status: RefundStatus; failureReason: string | null };

/**
 * A refund follows Stripe's status, except that a succeeded refund is final (its ledger row is a
 * fact) and only a success may overturn a failure (we mark a refund failed ourselves when Stripe
 * could not be reached, yet the request may have gone through).
 */
export function nextRefundState(
  current: RefundState,
  stripe: { status: StripeRefundStatus | string | null; failureReason: string | null },
): RefundState | null {
  if (current.status === 'succeeded') return null;
  if (stripe.status === 'succeeded') return { status: 'succeeded', failureReason: null };
  if (current.status === 'failed') return null;
  if (stripe.status === 'failed' || stripe.status === 'canceled') {
    return { status: 'failed', failureReason: stripe.failureReason ?? stripe.status };
  }
  return null;
}
