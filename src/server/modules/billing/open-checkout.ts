import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import type { AppContext } from '../../context.ts';
import { payments } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import type { PaymentRow } from './payment-view.ts';
import { requireStripe, stripeUnavailable } from './stripe-client.ts';

export type CheckoutRequest = {
  patientId: string;
  amountCents: number;
  /** The line Stripe's page shows; no patient names leave the clinic. */
  description: string;
  createdBy: string | null;
  paymentLinkId?: string;
  /** A deposit: the held appointment it pays for. */
  appointmentId?: string;
  /** Extra query parameters on the return URLs (the web app's `/payments/return` page). */
  returnQuery?: Record<string, string>;
  /** When Stripe should close the session unpaid (at least 30 minutes ahead). */
  expiresAt?: Date;
};

/**
 * A pending card payment and its Stripe Checkout Session. The row commits first, so the
 * session's metadata can name it; if Stripe then fails, the row is marked failed rather than
 * left pending, and the caller gets a 503 it can retry.
 */
export async function openCheckout(
  ctx: AppContext,
  request: CheckoutRequest,
  source: AuditSource,
): Promise<{ payment: PaymentRow; checkoutUrl: string }> {
  const { client } = requireStripe(ctx.config);
  const clinic = await getClinicSettings(ctx.db);
  const payment = await withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(payments)
      .values({
        patientId: request.patientId,
        method: 'stripe',
        amountCents: request.amountCents,
        currency: clinic.currency,
        status: 'pending',
        appointmentId: request.appointmentId ?? null,
        paymentLinkId: request.paymentLinkId ?? null,
        createdBy: request.createdBy,
        createdAt: ctx.now(),
      })
      .returning();
    if (!row) throw new Error('payment insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action: 'payments.checkout',
      entity: 'payment',
      entityId: row.id,
      patientId: row.patientId,
      outcome: 'success',
      detail: { amountCents: row.amountCents, ...(request.appointmentId ? { deposit: true } : {}) },
    });
    return row;
  });
  const returnUrl = (outcome: 'success' | 'cancelled') => {
    const url = new URL('/payments/return', ctx.config.publicUrl);
    url.search = new URLSearchParams({ payment: payment.id, outcome, ...request.returnQuery }).toString();
    return url.toString();
  };
  let session: Stripe.Checkout.Session;
  try {
    session = await client.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: clinic.currency.toLowerCase(),
              unit_amount: payment.amountCents,
              product_data: { name: `${clinic.name}: ${request.description}` },
            },
          },
        ],
        client_reference_id: payment.id,
        metadata: { paymentId: payment.id },
        payment_intent_data: { metadata: { paymentId: payment.id } },
        success_url: returnUrl('success'),
        cancel_url: returnUrl('cancelled'),
        ...(request.expiresAt ? { expires_at: Math.floor(request.expiresAt.getTime() / 1000) } : {}),
      },
      // Deterministic: a retried request (ours or the SDK's) gets the same session back.
      { idempotencyKey: `checkout:${payment.id}` },
    );
  } catch (error) {
    await ctx.db
      .update(payments)
      .set({ status: 'failed', failureReason: 'The card payment provider could not start the checkout.' })
      .where(eq(payments.id, payment.id));
    throw stripeFailure(error);
  }
  const [stored] = await ctx.db
    .update(payments)
    .set({ stripeCheckoutSessionId: session.id })
    .where(eq(payments.id, payment.id))
    .returning();
  if (!session.url || !stored) throw stripeFailure(undefined);
  return { payment: stored, checkoutUrl: session.url };
}

/** The hosted page of a payment's session while it can still be paid, else null. */
export async function openCheckoutUrl(ctx: AppContext, payment: PaymentRow): Promise<string | null> {
  if (payment.status !== 'pending' || !payment.stripeCheckoutSessionId) return null;
  const { client } = requireStripe(ctx.config);
  try {
    const session = await client.checkout.sessions.retrieve(payment.stripeCheckoutSessionId);
    return session.status === 'open' ? session.url : null;
  } catch (error) {
    throw stripeFailure(error);
  }
}

/** Stripe refusing what we sent is our fault (502); Stripe not answering is a 503 to retry. */
export function stripeFailure(error: unknown) {
  if (
    error instanceof Stripe.errors.StripeInvalidRequestError ||
    error instanceof Stripe.errors.StripeAuthenticationError
  ) {
    return problem(502, 'payment_provider_error', 'The card payment provider refused the request.');
  }
  return stripeUnavailable();
}
