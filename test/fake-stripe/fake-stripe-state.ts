import { randomBytes } from 'node:crypto';

/** The slice of Stripe's objects our server reads, shaped as the real API returns them. */
export type FakeCheckoutSession = {
  id: string;
  object: 'checkout.session';
  mode: 'payment';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  amount_total: number;
  amount_subtotal: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  success_url: string;
  cancel_url: string | null;
  url: string | null;
  expires_at: number;
  created: number;
  livemode: false;
  /** Not Stripe's: what the hosted page shows, and the PaymentIntent's metadata to be. */
  line_item_name: string;
  payment_intent_metadata: Record<string, string>;
};

export type FakePaymentIntent = {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: 'requires_payment_method' | 'succeeded' | 'canceled';
  metadata: Record<string, string>;
  latest_charge: string | null;
  last_payment_error: { code: string; decline_code?: string; message: string; type: 'card_error' } | null;
  created: number;
  livemode: false;
};

export type FakeCharge = {
  id: string;
  object: 'charge';
  amount: number;
  amount_refunded: number;
  refunded: boolean;
  currency: string;
  payment_intent: string;
  status: 'succeeded';
  created: number;
  livemode: false;
};

export type FakeRefund = {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  charge: string;
  payment_intent: string;
  status: 'pending' | 'succeeded' | 'failed';
  failure_reason: string | null;
  reason: string | null;
  metadata: Record<string, string>;
  created: number;
};

export type FakeEvent = {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: unknown };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
};

export function fakeId(prefix: string): string {
  return `${prefix}_test_${randomBytes(12).toString('base64url')}`;
}

/** Everything the fake knows; plain maps, as one Stripe account in test mode. */
export class FakeStripeState {
  readonly sessions = new Map<string, FakeCheckoutSession>();
  readonly paymentIntents = new Map<string, FakePaymentIntent>();
  readonly charges = new Map<string, FakeCharge>();
  readonly refunds = new Map<string, FakeRefund>();
  readonly events: FakeEvent[] = [];
  /** Outcomes the next refunds take when they settle; empty means they succeed. */
  readonly refundOutcomes: Array<{ fail: false } | { fail: true; reason: string }> = [];
  readonly refundFailures = new Map<string, string>();

  constructor(private readonly now: () => Date) {}

  seconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  refundableOf(intent: FakePaymentIntent): number {
    const committed = [...this.refunds.values()]
      .filter((refund) => refund.payment_intent === intent.id && refund.status !== 'failed')
      .reduce((sum, refund) => sum + refund.amount, 0);
    return intent.amount_received - committed;
  }

  /** A session's PaymentIntent, created on first use as Checkout does when the customer confirms. */
  intentFor(session: FakeCheckoutSession): FakePaymentIntent {
    const known = session.payment_intent ? this.paymentIntents.get(session.payment_intent) : undefined;
    if (known) return known;
    const intent: FakePaymentIntent = {
      id: fakeId('pi'),
      object: 'payment_intent',
      amount: session.amount_total,
      amount_received: 0,
      currency: session.currency,
      status: 'requires_payment_method',
      metadata: session.payment_intent_metadata,
      latest_charge: null,
      last_payment_error: null,
      created: this.seconds(),
      livemode: false,
    };
    this.paymentIntents.set(intent.id, intent);
    session.payment_intent = intent.id;
    return intent;
  }

  /** The customer pays: the session completes and its PaymentIntent succeeds with one charge. */
  pay(session: FakeCheckoutSession): void {
    const intent = this.intentFor(session);
    const charge: FakeCharge = {
      id: fakeId('ch'),
      object: 'charge',
      amount: intent.amount,
      amount_refunded: 0,
      refunded: false,
      currency: intent.currency,
      payment_intent: intent.id,
      status: 'succeeded',
      created: this.seconds(),
      livemode: false,
    };
    this.charges.set(charge.id, charge);
    Object.assign(intent, {
      status: 'succeeded',
      amount_received: intent.amount,
      latest_charge: charge.id,
      last_payment_error: null,
    });
    Object.assign(session, { status: 'complete', payment_status: 'paid', url: null });
  }

  /** The card is declined: the PaymentIntent wants another method; the session stays open. */
  decline(session: FakeCheckoutSession, message: string): FakePaymentIntent {
    const intent = this.intentFor(session);
    intent.status = 'requires_payment_method';
    intent.last_payment_error = {
      code: 'card_declined',
      decline_code: 'generic_decline',
      message,
      type: 'card_error',
    };
    return intent;
  }

  /** Settles a pending refund as its queued outcome says; returns the charge it touched. */
  settle(refund: FakeRefund): FakeCharge | undefined {
    if (refund.status !== 'pending') return undefined;
    const failure = this.refundFailures.get(refund.id);
    const charge = this.charges.get(refund.charge);
    if (failure !== undefined) {
      Object.assign(refund, { status: 'failed', failure_reason: failure });
      return charge;
    }
    refund.status = 'succeeded';
    if (charge) {
      charge.amount_refunded += refund.amount;
      charge.refunded = charge.amount_refunded >= charge.amount;
    }
    return charge;
  }
}
