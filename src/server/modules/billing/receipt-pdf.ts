import type { PaymentMethod } from '../../../shared/billing.ts';
import { type DocumentFormat, formatDateTime, formatMoney } from './document-format.ts';
import { type DocumentLanguage, documentLabels } from './document-labels.ts';
import {
  type ClinicHeading,
  drawClinicHeading,
  drawFields,
  drawParagraph,
  drawRow,
  drawSectionTitle,
  drawTitle,
} from './pdf-layout.ts';
import { renderPdf } from './render-pdf.ts';

/** What a receipt states; the money is in minor units of `format.currency`. */
export type ReceiptData = {
  language: DocumentLanguage;
  format: DocumentFormat;
  clinic: ClinicHeading;
  receiptNumber: number;
  patientName: string;
  method: PaymentMethod;
  reference: string | null;
  amountCents: number;
  paidAt: Date;
  issuedAt: Date;
  /** What the payment was for: a deposit for a booking, or the account in general. */
  item: { kind: 'account' } | { kind: 'deposit'; appointmentType: string; start: Date };
  /** Refunds pending or made; failed ones are not part of the story. */
  refunds: { amountCents: number; at: Date; reason: string; pending: boolean }[];
};

const columns = { description: 0.7, amount: 0.3 } as const;

export function renderReceiptPdf(data: ReceiptData): Promise<Buffer> {
  const labels = documentLabels(data.language);
  const money = (cents: number) => formatMoney(cents, data.format);
  const when = (instant: Date) => formatDateTime(instant, data.format);
  const title = `${labels.receipt} ${data.receiptNumber}`;
  const itemText =
    data.item.kind === 'deposit'
      ? labels.deposit(data.item.appointmentType, when(data.item.start))
      : labels.paymentOnAccount;
  return renderPdf({ title, language: data.language, createdAt: data.issuedAt }, (doc) => {
    drawClinicHeading(doc, data.clinic);
    drawTitle(doc, labels.receipt);
    drawFields(doc, [
      [labels.receiptNumber, String(data.receiptNumber)],
      [labels.patient, data.patientName],
      [labels.paidOn, when(data.paidAt)],
      [labels.method, labels.methods[data.method]],
      ...(data.reference ? [[labels.reference, data.reference] as const] : []),
      [labels.issuedOn, when(data.issuedAt)],
    ]);
    doc.moveDown(1);
    drawRow(
      doc,
      [
        { text: labels.description, width: columns.description },
        { text: labels.amount, width: columns.amount, align: 'right' },
      ],
      { bold: true, rule: true },
    );
    drawRow(doc, [
      { text: itemText, width: columns.description },
      { text: money(data.amountCents), width: columns.amount, align: 'right' },
    ]);
    drawRow(
      doc,
      [
        { text: labels.totalPaid, width: columns.description },
        { text: money(data.amountCents), width: columns.amount, align: 'right' },
      ],
      { bold: true },
    );
    if (data.refunds.length > 0) {
      drawSectionTitle(doc, labels.refunds);
      for (const refund of data.refunds) {
        const status = refund.pending ? ` (${labels.refundPending})` : '';
        drawRow(doc, [
          { text: `${when(refund.at)}: ${refund.reason}${status}`, width: columns.description },
          { text: money(-refund.amountCents), width: columns.amount, align: 'right' },
        ]);
      }
      // A pending refund may still fail: only what has gone back comes off.
      const refunded = data.refunds
        .filter((refund) => !refund.pending)
        .reduce((sum, refund) => sum + refund.amountCents, 0);
      drawRow(
        doc,
        [
          { text: labels.netPaid, width: columns.description },
          { text: money(data.amountCents - refunded), width: columns.amount, align: 'right' },
        ],
        { bold: true },
      );
    }
    doc.moveDown(2);
    drawParagraph(doc, labels.thanks);
  });
}
