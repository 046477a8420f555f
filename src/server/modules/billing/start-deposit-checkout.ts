import { and, desc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { appointments, appointmentTypes, payments } from '../../db/schema.ts';
import { notFound, problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { openCheckout, openCheckoutUrl } from './open-checkout.ts';
import { requireStripe } from './stripe-client.ts';

// Stripe closes a Checkout Session no sooner than 30 minutes after it opens.
const checkoutMinutes = 30;

/**
 * Sends a patient to Stripe Checkout for the deposit of the visit they hold. The deposit's
 * payment points at the hold; the webhook that confirms it books the visit. Asking again while
 * the checkout is open returns the same one.
 */
export async function startDepositCheckout(
  ctx: AppContext,
  actor: Actor,
  holdId: string,
  source: AuditSource,
): Promise<{ paymentId: string; checkoutUrl: string }> {
  requireStripe(ctx.config);
  const now = ctx.now();
  const [hold] = await ctx.db
    .select({
      id: appointments.id,
      patientId: appointments.patientId,
      holdExpiresAt: appointments.holdExpiresAt,
      typeName: appointmentTypes.name,
      depositCents: appointmentTypes.depositCents,
    })
    .from(appointments)
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.appointmentTypeId))
    .where(
      and(
        eq(appointments.id, holdId),
        eq(appointments.status, 'held'),
        // Patients reach their own holds only; anyone else's reads as unknown.
        actor.role === 'patient' ? eq(appointments.createdBy, actor.userId) : sql`true`,
      ),
    );
  if (!hold) throw notFound('No such hold.');
  if (!hold.holdExpiresAt || hold.holdExpiresAt <= now) {
    throw problem(409, 'hold_expired', 'The hold has expired. Choose the slot again.');
  }
  if (hold.depositCents === 0) throw problem(422, 'no_deposit_required', 'This visit needs no deposit.');
  const [earlier] = await ctx.db
    .select()
    .from(payments)
    .where(eq(payments.appointmentId, hold.id))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  if (earlier?.status === 'succeeded')
    throw problem(409, 'deposit_already_paid', 'The deposit is already paid.');
  if (earlier) {
    const url = await openCheckoutUrl(ctx, earlier);
    if (url) return { paymentId: earlier.id, checkoutUrl: url };
  }
  const { payment, checkoutUrl } = await openCheckout(
    ctx,
    {
      patientId: hold.patientId,
      amountCents: hold.depositCents,
      description: `Deposit: ${hold.typeName}`,
      createdBy: actor.userId,
      appointmentId: hold.id,
      returnQuery: { hold: hold.id },
      expiresAt: new Date(now.getTime() + checkoutMinutes * 60_000),
    },
    source,
  );
  return { paymentId: payment.id, checkoutUrl };
}
