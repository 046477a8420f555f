import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import type { AppContext } from '../../context.ts';
import { payments } from '../../db/schema.ts';
import { notFound, problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { applyStripeEvent, unsentRefundIds } from './apply-stripe-event.ts';
import { stripeOf, stripeUnavailable } from './stripe-client.ts';
import { fetchStripePayment, type StripePaymentView, sessionIdForEvent } from './stripe-payment-view.ts';
import { submitRefund } from './submit-refund.ts';

/** Seconds a signed event stays acceptable: older deliveries are refused as replays. */
export const signatureToleranceSeconds = 300;

/** The events that can change a card payment or refund; anything else is acknowledged and dropped. */
export const handledStripeEvents = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'charge.refunded',
  'charge.refund.updated',
  'refund.created',
  'refund.updated',
  'refund.failed',
]);

export type WebhookAnswer = { received: true; outcome: 'applied' | 'duplicate' | 'ignored' };

/**
 * Stripe's webhook: the raw body must carry a valid signature from our endpoint secret, made
 * within the tolerance; the object it names is then re-fetched from Stripe (the event's copy is
 * never trusted for state) and applied once.
 */
export async function handleStripeWebhook(
  ctx: AppContext,
  rawBody: Buffer | undefined,
  signature: string | undefined,
  source: AuditSource,
): Promise<WebhookAnswer> {
  const stripe = stripeOf(ctx.config);
  if (!stripe) throw notFound('Card payments are not set up.');
  let event: Stripe.Event;
  try {
    event = stripe.client.webhooks.constructEvent(
      rawBody ?? '',
      signature ?? '',
      stripe.webhookSecret,
      signatureToleranceSeconds,
      undefined,
      ctx.now().getTime(),
    );
  } catch {
    ctx.log.warn('refused a Stripe webhook with a missing, wrong or stale signature');
    throw problem(400, 'invalid_signature', 'The Stripe-Signature header does not match this body.');
  }
  if (!handledStripeEvents.has(event.type)) return { received: true, outcome: 'ignored' };
  let view: StripePaymentView | null;
  try {
    view = await currentPayment(ctx, stripe.client, event);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError) view = null;
    else throw stripeUnavailable();
  }
  const outcome = await applyStripeEvent(ctx, event, view, source);
  // A refund recorded but not yet accepted by Stripe (a deposit whose slot was gone) is sent now,
  // and again on every redelivery until Stripe has it: the 503 makes Stripe deliver again.
  if (view?.paymentId) {
    for (const refundId of await unsentRefundIds(ctx, view.paymentId)) {
      await submitRefund(ctx, refundId, source, 'keep_pending');
    }
  }
  return { received: true, outcome };
}

async function currentPayment(
  ctx: AppContext,
  client: Stripe,
  event: Stripe.Event,
): Promise<StripePaymentView | null> {
  const located = await sessionIdForEvent(client, event);
  if (!located.paymentId || !/^[0-9a-f-]{36}$/.test(located.paymentId)) return null;
  const [payment] = await ctx.db
    .select({ sessionId: payments.stripeCheckoutSessionId })
    .from(payments)
    .where(eq(payments.id, located.paymentId));
  const sessionId = payment?.sessionId ?? located.sessionId;
  if (!sessionId) return null;
  return fetchStripePayment(client, sessionId);
}
