import type { Payment, Refund } from '../../../shared/billing.ts';
import type { payments, refunds } from '../../db/schema.ts';

export type PaymentRow = typeof payments.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;

export function toRefund(row: RefundRow): Refund {
  return {
    id: row.id,
    paymentId: row.paymentId,
    amountCents: row.amountCents,
    reason: row.reason,
    status: row.status,
    failureReason: row.failureReason,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Refunds that are pending or went through: what a new refund must leave room for. */
export function committedRefundCents(rows: readonly RefundRow[]): number {
  return rows.filter((row) => row.status !== 'failed').reduce((sum, row) => sum + row.amountCents, 0);
}

export function toPayment(
  row: PaymentRow,
  refundRows: readonly RefundRow[],
  extra: { patientName?: string; checkoutUrl?: string } = {},
): Payment {
  return {
    id: row.id,
    patientId: row.patientId,
    ...(extra.patientName === undefined ? {} : { patientName: extra.patientName }),
    amountCents: row.amountCents,
    currency: row.currency,
    method: row.method,
    status: row.status,
    reference: row.reference,
    receiptNumber: row.receiptNumber,
    failureReason: row.failureReason,
    refundedCents: committedRefundCents(refundRows),
    refunds: refundRows.map(toRefund),
    ...(extra.checkoutUrl === undefined ? {} : { checkoutUrl: extra.checkoutUrl }),
    createdAt: row.createdAt.toISOString(),
    settledAt: row.settledAt ? row.settledAt.toISOString() : null,
  };
}
