import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { payments } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { openCheckout, openCheckoutUrl, stripeFailure } from './open-checkout.ts';
import { owedBalanceCents } from './owed-balance.ts';
import { findUsablePaymentLink } from './payment-link-access.ts';
import { requireStripe } from './stripe-client.ts';

/**
 * Sends the holder of a payment link to Stripe Checkout for the link's amount (or what the
 * account owes). Opening it twice returns the same checkout while it is open; an older checkout
 * for a different amount is closed at Stripe first, so a link is never paid twice.
 */
export async function startLinkCheckout(
  ctx: AppContext,
  token: string,
  source: AuditSource,
): Promise<{ paymentId: string; checkoutUrl: string }> {
  const { client } = requireStripe(ctx.config);
  const { link, patient } = await findUsablePaymentLink(ctx.db, token, ctx.now());
  const amountCents = link.amountCents ?? (await owedBalanceCents(ctx.db, patient.id));
  if (amountCents <= 0) throw problem(422, 'nothing_owed', 'This account owes nothing.');
  const [earlier] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.paymentLinkId, link.id), eq(payments.status, 'pending')))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  if (earlier) {
    const url = await openCheckoutUrl(ctx, earlier);
    if (url && earlier.amountCents === amountCents) return { paymentId: earlier.id, checkoutUrl: url };
    if (url && earlier.stripeCheckoutSessionId) {
      await client.checkout.sessions.expire(earlier.stripeCheckoutSessionId).catch((error: unknown) => {
        throw stripeFailure(error);
      });
    }
  }
  const { payment, checkoutUrl } = await openCheckout(
    ctx,
    {
      patientId: patient.id,
      amountCents,
      description: 'Account payment',
      createdBy: null,
      paymentLinkId: link.id,
      returnQuery: { link: '1' },
    },
    source,
  );
  return { paymentId: payment.id, checkoutUrl };
}
