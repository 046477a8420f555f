import { and, asc, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { appointments, appointmentTypes, patients, payments, refunds } from '../../db/schema.ts';
import { type Tx, withTransaction } from '../../db/transaction.ts';
import { notFound, problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { appointmentColumns } from '../scheduling/appointment-rows.ts';
import { visibleBillingPatients } from './billing-scope.ts';
import type { DocumentFile } from './document-file.ts';
import { documentLanguage, documentLocale } from './document-labels.ts';
import { type ReceiptData, renderReceiptPdf } from './receipt-pdf.ts';

/**
 * The receipt of a settled payment as a PDF, in the patient's language. Someone else's payment
 * is `404`, as an unknown one; a payment that has not gone through has no receipt (`409`).
 */
export async function getReceipt(
  ctx: AppContext,
  actor: Actor,
  paymentId: string,
  source: AuditSource,
): Promise<DocumentFile> {
  const data = await withTransaction(ctx.db, async (tx) => {
    const data = await receiptData(ctx, tx, actor, paymentId);
    await ctx.audit.record(tx, {
      ...source,
      action: 'payments.receipt',
      entity: 'payment',
      entityId: paymentId,
      patientId: data.patientId,
      outcome: 'success',
      detail: { receiptNumber: data.receipt.receiptNumber },
    });
    return data.receipt;
  });
  return { filename: `receipt-${data.receiptNumber}.pdf`, pdf: await renderReceiptPdf(data) };
}

async function receiptData(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  paymentId: string,
): Promise<{ patientId: string; receipt: ReceiptData }> {
  const [found] = await tx
    .select({
      payment: payments,
      firstName: patients.firstName,
      lastName: patients.lastName,
      language: patients.language,
    })
    .from(payments)
    .innerJoin(patients, eq(patients.id, payments.patientId))
    .where(and(eq(payments.id, paymentId), visibleBillingPatients(actor)));
  if (!found) throw notFound('No such payment.');
  const { payment } = found;
  if (payment.status !== 'succeeded' || payment.receiptNumber === null) {
    throw problem(409, 'no_receipt', 'Only a payment that has gone through has a receipt.', {
      extensions: { paymentStatus: payment.status },
    });
  }
  const clinic = await getClinicSettings(tx);
  const clinicLocale = clinic.locale ?? 'en-US';
  const language = documentLanguage(found.language, clinicLocale);
  const refundRows = await tx
    .select()
    .from(refunds)
    .where(and(eq(refunds.paymentId, paymentId), ne(refunds.status, 'failed')))
    .orderBy(asc(refunds.createdAt), asc(refunds.id));
  return {
    patientId: payment.patientId,
    receipt: {
      language,
      format: {
        locale: documentLocale(language, clinicLocale),
        currency: payment.currency,
        timeZone: clinic.timeZone,
      },
      clinic: { name: clinic.name, phone: clinic.phone, address: clinic.address },
      receiptNumber: payment.receiptNumber,
      patientName: `${found.firstName} ${found.lastName}`,
      method: payment.method,
      reference: payment.reference,
      amountCents: payment.amountCents,
      paidAt: payment.settledAt ?? payment.createdAt,
      issuedAt: ctx.now(),
      item: await depositItem(tx, payment.appointmentId),
      refunds: refundRows.map((refund) => ({
        amountCents: refund.amountCents,
        at: refund.settledAt ?? refund.createdAt,
        reason: refund.reason,
        pending: refund.status === 'pending',
      })),
    },
  };
}

/** A deposit names the visit it secured; any other payment is on the account as a whole. */
async function depositItem(tx: Tx, appointmentId: string | null): Promise<ReceiptData['item']> {
  if (appointmentId === null) return { kind: 'account' };
  const [visit] = await tx
    .select({ typeName: appointmentTypes.name, start: appointmentColumns.start })
    .from(appointments)
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.appointmentTypeId))
    .where(eq(appointments.id, appointmentId));
  return visit
    ? { kind: 'deposit', appointmentType: visit.typeName, start: visit.start }
    : { kind: 'account' };
}
