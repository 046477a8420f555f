import type { PaymentLinkCreated, PaymentLinkInput } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { paymentLinks } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { newOpaqueToken } from '../auth/opaque-token.ts';
import { findBillingPatient } from './billing-scope.ts';
import { paymentLinkHours } from './payment-link-access.ts';

/**
 * A single-use link to pay the patient's account without logging in. The token is shown once, in
 * the URL; only its hash is kept.
 */
export async function createPaymentLink(
  ctx: AppContext,
  actor: Actor,
  input: PaymentLinkInput,
  source: AuditSource,
): Promise<PaymentLinkCreated> {
  const patient = await findBillingPatient(ctx.db, actor, input.patientId);
  const { token, hash } = newOpaqueToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + paymentLinkHours * 3600_000);
  return withTransaction(ctx.db, async (tx) => {
    const [link] = await tx
      .insert(paymentLinks)
      .values({
        tokenHash: hash,
        patientId: patient.id,
        amountCents: input.amountCents ?? null,
        expiresAt,
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!link) throw new Error('payment link insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action: 'payment_links.create',
      entity: 'payment_link',
      entityId: link.id,
      patientId: patient.id,
      outcome: 'success',
      detail: { amountCents: input.amountCents ?? null },
    });
    return {
      id: link.id,
      url: new URL(`/pay/${token}`, ctx.config.publicUrl).toString(),
      expiresAt: expiresAt.toISOString(),
    };
  });
}
