import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { paymentLinks, payments } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { PaymentRow } from './payment-view.ts';
import { postLedgerEntry } from './post-ledger-entry.ts';
import { takeReceiptNumber } from './receipt-numbers.ts';

/**
 * A card payment Stripe confirmed: succeeded with the next receipt number, on the ledger (the
 * next open day if today is closed: the money has moved either way), and its link spent.
 */
export async function settleCardPayment(
  ctx: AppContext,
  tx: Tx,
  payment: PaymentRow,
  paymentIntentId: string | null,
  source: AuditSource,
): Promise<PaymentRow> {
  const now = ctx.now();
  const [settled] = await tx
    .update(payments)
    .set({
      status: 'succeeded',
      failureReason: null,
      receiptNumber: await takeReceiptNumber(tx),
      settledAt: now,
      stripePaymentIntentId: paymentIntentId ?? payment.stripePaymentIntentId,
    })
    .where(eq(payments.id, payment.id))
    .returning();
  if (!settled) throw new Error('payment row vanished');
  await postLedgerEntry(
    ctx,
    tx,
    {
      patientId: payment.patientId,
      kind: 'payment',
      amountCents: payment.amountCents,
      description: payment.appointmentId ? 'Deposit paid by card' : 'Card payment',
      paymentId: payment.id,
      whenClosed: 'next_open_day',
    },
    source,
  );
  if (payment.paymentLinkId) {
    await tx
      .update(paymentLinks)
      .set({ usedAt: now })
      .where(and(eq(paymentLinks.id, payment.paymentLinkId), isNull(paymentLinks.usedAt)));
  }
  await ctx.audit.record(tx, {
    ...source,
    action: 'payments.settle',
    entity: 'payment',
    entityId: payment.id,
    patientId: payment.patientId,
    outcome: 'success',
    detail: { amountCents: payment.amountCents, receiptNumber: settled.receiptNumber },
  });
  return settled;
}
