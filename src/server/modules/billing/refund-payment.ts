import { and, eq } from 'drizzle-orm';
import type { Refund, RefundInput } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { patients, payments, refunds } from '../../db/schema.ts';
import { type Tx, withTransaction } from '../../db/transaction.ts';
import { notFound, problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { visibleBillingPatients } from './billing-scope.ts';
import { refundCardPayment } from './card-payments.ts';
import { committedRefundCents, type PaymentRow, toRefund } from './payment-view.ts';
import { postLedgerEntry } from './post-ledger-entry.ts';

type Planned = { kind: 'done'; refund: Refund } | { kind: 'card'; payment: PaymentRow; amountCents: number };

/** Money handed back at the desk: the refund is settled at once, with its ledger row. */
async function refundAtDesk(
  ctx: AppContext,
  tx: Tx,
  payment: PaymentRow,
  { amountCents, reason }: { amountCents: number; reason: string },
  source: AuditSource,
): Promise<Refund> {
  const now = ctx.now();
  const [refund] = await tx
    .insert(refunds)
    .values({
      paymentId: payment.id,
      amountCents,
      reason,
      status: 'succeeded',
      createdBy: source.actorId,
      createdAt: now,
      settledAt: now,
    })
    .returning();
  if (!refund) throw new Error('refund insert returned nothing');
  await postLedgerEntry(
    ctx,
    tx,
    {
      patientId: payment.patientId,
      kind: 'refund',
      amountCents,
      description: `Refund: ${reason}`,
      paymentId: payment.id,
      refundId: refund.id,
    },
    source,
  );
  await ctx.audit.record(tx, {
    ...source,
    action: 'payments.refund',
    entity: 'refund',
    entityId: refund.id,
    patientId: payment.patientId,
    outcome: 'success',
    detail: { paymentId: payment.id, amountCents, method: payment.method },
  });
  return toRefund(refund);
}

/**
 * Gives back all or part of a settled payment, never more than remains. The payment row is
 * locked while the remainder is worked out, so two refunds at once cannot both take the rest.
 * Money handed back at the desk is settled here; a card refund is Stripe's to carry out.
 */
export async function refundPayment(
  ctx: AppContext,
  actor: Actor,
  paymentId: string,
  input: RefundInput,
  source: AuditSource,
): Promise<Refund> {
  const planned = await withTransaction(ctx.db, async (tx): Promise<Planned> => {
    const [found] = await tx
      .select({ payment: payments })
      .from(payments)
      .innerJoin(patients, eq(patients.id, payments.patientId))
      .where(and(eq(payments.id, paymentId), visibleBillingPatients(actor)))
      .for('update', { of: payments });
    if (!found) throw notFound('No such payment.');
    const { payment } = found;
    if (payment.status !== 'succeeded') {
      throw problem(409, 'payment_not_refundable', `A ${payment.status} payment cannot be refunded.`, {
        extensions: { paymentStatus: payment.status },
      });
    }
    const earlier = await tx.select().from(refunds).where(eq(refunds.paymentId, payment.id));
    const refundableCents = payment.amountCents - committedRefundCents(earlier);
    const amountCents = input.amountCents ?? refundableCents;
    if (amountCents <= 0 || amountCents > refundableCents) {
      throw problem(
        422,
        'refund_exceeds_payment',
        `At most ${refundableCents} (minor units) of this payment can still be refunded.`,
        { extensions: { refundableCents } },
      );
    }
    if (payment.method === 'stripe') return { kind: 'card', payment, amountCents };
    const refund = await refundAtDesk(ctx, tx, payment, { amountCents, reason: input.reason }, source);
    return { kind: 'done', refund };
  });
  if (planned.kind === 'done') return planned.refund;
  return refundCardPayment(
    ctx,
    planned.payment,
    { amountCents: planned.amountCents, reason: input.reason },
    source,
  );
}
