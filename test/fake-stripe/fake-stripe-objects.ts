import {
  type FakeCheckoutSession,
  type FakeRefund,
  type FakeStripeState,
  fakeId,
} from './fake-stripe-state.ts';
import { type FormObject, listOf, metadataOf, objectOf, textOf } from './form-body.ts';

/** An error answer in Stripe's shape: `{ error: { type, message, code?, param? } }`. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { type: string; message: string; code?: string; param?: string },
  ) {
    super(body.message);
  }
}

export const notFound = (id: string) =>
  new StripeApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such object: '${id}'`,
  });

export function invalid(param: string, message: string): StripeApiError {
  return new StripeApiError(400, { type: 'invalid_request_error', param, message });
}

/** Checkout Sessions, Refunds and the `expand[]` of a session, as the v1 API creates and shows them. */
export function createSession(
  state: FakeStripeState,
  body: FormObject,
  baseUrl: string,
): FakeCheckoutSession {
  if (textOf(body.mode) !== 'payment') throw invalid('mode', 'Only mode=payment is supported by the fake.');
  const successUrl = textOf(body.success_url);
  if (!successUrl) throw invalid('success_url', 'Missing required param: success_url.');
  const items = listOf(body.line_items).map(objectOf);
  if (items.length === 0) throw invalid('line_items', 'Missing required param: line_items.');
  let amount = 0;
  let currency = '';
  let name = '';
  for (const item of items) {
    const price = objectOf(item.price_data);
    const unit = Number(textOf(price.unit_amount));
    const quantity = Number(textOf(item.quantity) ?? '1');
    if (!Number.isInteger(unit) || unit <= 0)
      throw invalid('line_items[0][price_data][unit_amount]', 'Invalid integer.');
    amount += unit * quantity;
    currency = textOf(price.currency) ?? '';
    name = textOf(objectOf(price.product_data).name) ?? '';
  }
  if (!/^[a-z]{3}$/.test(currency)) throw invalid('line_items[0][price_data][currency]', 'Invalid currency.');
  const id = fakeId('cs');
  const created: FakeCheckoutSession = {
    id,
    object: 'checkout.session',
    mode: 'payment',
    status: 'open',
    payment_status: 'unpaid',
    amount_total: amount,
    amount_subtotal: amount,
    currency,
    client_reference_id: textOf(body.client_reference_id) ?? null,
    metadata: metadataOf(body.metadata),
    payment_intent: null,
    success_url: successUrl,
    cancel_url: textOf(body.cancel_url) ?? null,
    url: `${baseUrl}/checkout/${id}`,
    expires_at: Number(textOf(body.expires_at) ?? state.seconds() + 24 * 3600),
    created: state.seconds(),
    livemode: false,
    line_item_name: name,
    payment_intent_metadata: metadataOf(objectOf(body.payment_intent_data).metadata),
  };
  state.sessions.set(id, created);
  return created;
}

export function createRefund(state: FakeStripeState, body: FormObject): FakeRefund {
  const intentId = textOf(body.payment_intent);
  const intent = intentId ? state.paymentIntents.get(intentId) : undefined;
  if (!intent || !intentId) throw invalid('payment_intent', `No such payment_intent: '${intentId ?? ''}'`);
  if (intent.status !== 'succeeded' || !intent.latest_charge) {
    throw invalid('payment_intent', 'This PaymentIntent does not have a successful charge to refund.');
  }
  const refundable = state.refundableOf(intent);
  const amount = body.amount === undefined ? refundable : Number(textOf(body.amount));
  if (!Number.isInteger(amount) || amount <= 0) throw invalid('amount', 'Invalid positive integer.');
  if (amount > refundable) {
    throw new StripeApiError(400, {
      type: 'invalid_request_error',
      code: refundable === 0 ? 'charge_already_refunded' : 'amount_too_large',
      param: 'amount',
      message: `Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable}).`,
    });
  }
  const refund: FakeRefund = {
    id: fakeId('re'),
    object: 'refund',
    amount,
    currency: intent.currency,
    charge: intent.latest_charge,
    payment_intent: intentId,
    status: 'pending',
    failure_reason: null,
    reason: textOf(body.reason) ?? null,
    metadata: metadataOf(body.metadata),
    created: state.seconds(),
  };
  state.refunds.set(refund.id, refund);
  const outcome = state.refundOutcomes.shift();
  if (outcome?.fail) state.refundFailures.set(refund.id, outcome.reason);
  return refund;
}

export function expanded(state: FakeStripeState, found: FakeCheckoutSession, expand: string[]): unknown {
  const { line_item_name: _name, payment_intent_metadata: _metadata, ...visible } = found;
  if (!expand.includes('payment_intent') || !found.payment_intent) return visible;
  return { ...visible, payment_intent: state.paymentIntents.get(found.payment_intent) ?? null };
}
