import type { Payment, PaymentInput } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { payments } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { settleIdempotentRequest } from '../scheduling/idempotency.ts';
import { toPayment } from './payment-view.ts';
import { postLedgerEntry } from './post-ledger-entry.ts';
import { takeReceiptNumber } from './receipt-numbers.ts';

const methodLabels = {
  cash: 'Cash',
  card_terminal: 'Card (terminal)',
  check: 'Check',
  stripe: 'Card (online)',
};

/**
 * Money the desk took in hand: settled at once, with its receipt number and ledger row in the
 * same transaction, so a payment never exists without both (and a rollback returns the number).
 */
export async function recordOfflinePayment(
  ctx: AppContext,
  input: PaymentInput & { patientId: string },
  source: AuditSource,
): Promise<Payment> {
  const clinic = await getClinicSettings(ctx.db);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(payments)
      .values({
        patientId: input.patientId,
        method: input.method,
        amountCents: input.amountCents,
        currency: clinic.currency,
        status: 'succeeded',
        reference: input.reference ?? null,
        receiptNumber: await takeReceiptNumber(tx),
        createdBy: source.actorId,
        createdAt: now,
        settledAt: now,
      })
      .returning();
    if (!row) throw new Error('payment insert returned nothing');
    await postLedgerEntry(
      ctx,
      tx,
      {
        patientId: row.patientId,
        kind: 'payment',
        amountCents: row.amountCents,
        description: `${methodLabels[row.method]} payment${row.reference ? ` (${row.reference})` : ''}`,
        paymentId: row.id,
      },
      source,
    );
    await ctx.audit.record(tx, {
      ...source,
      action: 'payments.record',
      entity: 'payment',
      entityId: row.id,
      patientId: row.patientId,
      outcome: 'success',
      detail: { method: row.method, amountCents: row.amountCents, receiptNumber: row.receiptNumber },
    });
    const payment = toPayment(row, []);
    await settleIdempotentRequest(tx, payment);
    return payment;
  });
}
