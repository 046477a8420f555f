import type { Payment } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findBillingPatient } from './billing-scope.ts';
import { openCheckout } from './open-checkout.ts';
import { owedBalanceCents } from './owed-balance.ts';
import { toPayment } from './payment-view.ts';
import { requireStripe } from './stripe-client.ts';

/**
 * Starts a Stripe Checkout payment for the patient's account: a pending payment row whose id is
 * in the session's metadata; only the signed webhook settles it. Staff choose the amount; a
 * patient pays what the account owes, so the browser never sets the price.
 */
export async function startCardPayment(
  ctx: AppContext,
  actor: Actor,
  input: { patientId: string; amountCents: number },
  source: AuditSource,
): Promise<Payment> {
  requireStripe(ctx.config);
  const patient = await findBillingPatient(ctx.db, actor, input.patientId);
  if (actor.role === 'patient') {
    const owed = await owedBalanceCents(ctx.db, patient.id);
    if (owed === 0) throw problem(422, 'nothing_owed', 'This account owes nothing.');
    if (input.amountCents !== owed) {
      throw problem(409, 'balance_changed', 'What the account owes has changed; confirm the new amount.', {
        extensions: { amountCents: owed },
      });
    }
  }
  const { payment, checkoutUrl } = await openCheckout(
    ctx,
    {
      patientId: patient.id,
      amountCents: input.amountCents,
      description: 'Account payment',
      createdBy: actor.userId,
    },
    source,
  );
  return toPayment(payment, [], { checkoutUrl });
}
