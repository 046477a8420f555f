import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paymentStatuses, refundStatuses } from '../../../shared/billing.ts';
import {
  nextPaymentState,
  nextRefundState,
  type PaymentState,
  type RefundState,
  type StripeCheckoutState,
} from './stripe-transitions.ts';

const checkoutState: fc.Arbitrary<StripeCheckoutState> = fc.record({
  paid: fc.boolean(),
  expired: fc.boolean(),
  declined: fc.option(fc.constantFrom('Your card was declined.', 'Insufficient funds.')),
});
const paymentState: fc.Arbitrary<PaymentState> = fc.record({
  status: fc.constantFrom(...paymentStatuses),
  failureReason: fc.option(fc.string()),
});
const stripeRefund = fc.record({
  status: fc.constantFrom('pending', 'requires_action', 'succeeded', 'failed', 'canceled'),
  failureReason: fc.option(fc.constantFrom('lost_or_stolen_card', 'expired_or_canceled_card')),
});
const refundState: fc.Arbitrary<RefundState> = fc.record({
  status: fc.constantFrom(...refundStatuses),
  failureReason: fc.option(fc.string()),
});

function foldPayment(start: PaymentState, views: StripeCheckoutState[]): PaymentState {
  return views.reduce((state, view) => nextPaymentState(state, view) ?? state, start);
}

describe('card payment transitions', () => {
  it('never leave succeeded', () => {
    fc.assert(
      fc.property(checkoutState, fc.option(fc.string()), (view, reason) => {
        expect(nextPaymentState({ status: 'succeeded', failureReason: reason }, view)).toBeNull();
      }),
    );
  });

  it('end succeeded whenever Stripe reported the money paid, in any order of deliveries', () => {
    fc.assert(
      fc.property(fc.array(checkoutState, { maxLength: 8 }), fc.nat(), (views, at) => {
        const paid = { paid: true, expired: false, declined: null };
        const withPaid = [
          ...views.slice(0, at % (views.length + 1)),
          paid,
          ...views.slice(at % (views.length + 1)),
        ];
        expect(foldPayment({ status: 'pending', failureReason: null }, withPaid).status).toBe('succeeded');
      }),
    );
  });

  it('are idempotent: applying the same view twice changes nothing more', () => {
    fc.assert(
      fc.property(paymentState, checkoutState, (state, view) => {
        const once = nextPaymentState(state, view) ?? state;
        expect(nextPaymentState(once, view) ?? once).toEqual(once);
      }),
    );
  });
});

describe('card refund transitions', () => {
  it('never leave succeeded, and a failure is only overturned by a success', () => {
    fc.assert(
      fc.property(refundState, stripeRefund, (state, stripe) => {
        const next = nextRefundState(state, stripe);
        if (state.status === 'succeeded') expect(next).toBeNull();
        if (state.status === 'failed' && next) expect(next.status).toBe('succeeded');
      }),
    );
  });

  it('end as Stripe last settled them, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(stripeRefund, { maxLength: 6 }),
        fc.constantFrom('succeeded', 'failed'),
        (noise, last) => {
          const pendingNoise = noise.filter(
            (view) => view.status === 'pending' || view.status === 'requires_action',
          );
          const final = [
            ...pendingNoise,
            { status: last, failureReason: last === 'failed' ? 'declined' : null },
          ].reduce((state: RefundState, view) => nextRefundState(state, view) ?? state, {
            status: 'pending',
            failureReason: null,
          });
          expect(final.status).toBe(last);
        },
      ),
    );
  });
});
