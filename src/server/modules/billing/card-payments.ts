import type { Payment, Refund } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import type { PaymentRow } from './payment-view.ts';

/**
 * Starts a Stripe Checkout payment of `amountCents` for the patient's account: a pending
 * payment row whose id is in the session's metadata; only the signed webhook settles it.
 */
export async function startCardPayment(
  _ctx: AppContext,
  _actor: Actor,
  _input: { patientId: string; amountCents: number },
  _source: AuditSource,
): Promise<Payment> {
  throw problem(422, 'card_payments_unavailable', 'Card payments are not set up for this clinic.');
}

/** Asks Stripe to refund part of a settled card payment; the refund stays pending until Stripe says. */
export async function refundCardPayment(
  _ctx: AppContext,
  _payment: PaymentRow,
  _input: { amountCents: number; reason: string },
  _source: AuditSource,
): Promise<Refund> {
  throw problem(422, 'card_payments_unavailable', 'Card payments are not set up for this clinic.');
}
