import type { Aging, LedgerEntryKind } from '../../../shared/billing.ts';
import { type DocumentFormat, formatDate, formatMoney, formatNumericDate } from './document-format.ts';
import { type DocumentLanguage, documentLabels } from './document-labels.ts';
import {
  type Cell,
  type ClinicHeading,
  drawClinicHeading,
  drawFields,
  drawParagraph,
  drawRow,
  drawSectionTitle,
  drawTitle,
} from './pdf-layout.ts';
import { renderPdf } from './render-pdf.ts';

export type StatementEntry = {
  postedOn: string;
  /** Set when the account has several members, to tell whose visit it was. */
  patientName: string | null;
  kind: LedgerEntryKind;
  description: string;
  /** What the entry did to the balance: debits positive, credits negative. */
  effectCents: number;
  balanceAfterCents: number;
};

/** What an account statement states; the money is in minor units of `format.currency`. */
export type StatementData = {
  language: DocumentLanguage;
  format: DocumentFormat;
  clinic: ClinicHeading;
  holder: { name: string; addressLines: string[] };
  statementDate: string;
  createdAt: Date;
  entries: StatementEntry[];
  aging: Aging;
  balanceCents: number;
  howToPay: { phone: string | null; address: string | null; onlineUrl: string | null };
};

const agingOrder = ['current', 'days31to60', 'days61to90', 'over90'] as const;

export function renderStatementPdf(data: StatementData): Promise<Buffer> {
  const labels = documentLabels(data.language);
  const money = (cents: number) => formatMoney(cents, data.format);
  const withPatients = data.entries.some((entry) => entry.patientName !== null);
  const columns = withPatients
    ? { date: 0.14, patient: 0.2, description: 0.34, amount: 0.16, balance: 0.16 }
    : { date: 0.16, patient: 0, description: 0.5, amount: 0.17, balance: 0.17 };
  const row = (
    date: string,
    patient: string,
    description: string,
    amount: string,
    balance: string,
  ): Cell[] => [
    { text: date, width: columns.date },
    ...(withPatients ? [{ text: patient, width: columns.patient }] : []),
    { text: description, width: columns.description },
    { text: amount, width: columns.amount, align: 'right' as const },
    { text: balance, width: columns.balance, align: 'right' as const },
  ];
  const title = `${labels.statement} ${data.statementDate}`;
  return renderPdf({ title, language: data.language, createdAt: data.createdAt }, (doc) => {
    drawClinicHeading(doc, data.clinic);
    drawTitle(doc, labels.statement);
    drawFields(doc, [
      [labels.accountHolder, data.holder.name],
      [labels.statementDate, formatDate(data.statementDate, data.format)],
    ]);
    for (const line of data.holder.addressLines) drawParagraph(doc, line);
    drawSectionTitle(doc, labels.sinceLastZero);
    drawRow(doc, row(labels.date, labels.patient, labels.description, labels.amount, labels.balance), {
      bold: true,
      rule: true,
    });
    if (data.entries.length === 0) drawParagraph(doc, labels.noEntries);
    for (const entry of data.entries) {
      drawRow(
        doc,
        row(
          formatNumericDate(entry.postedOn, data.format),
          entry.patientName ?? '',
          `${labels.kinds[entry.kind]}: ${entry.description}`,
          money(entry.effectCents),
          money(entry.balanceAfterCents),
        ),
      );
    }

    drawSectionTitle(doc, labels.aging);
    const bucket = 1 / agingOrder.length;
    drawRow(
      doc,
      agingOrder.map((key) => ({ text: labels.agingBuckets[key], width: bucket, align: 'right' as const })),
      { bold: true, rule: true },
    );
    drawRow(
      doc,
      agingOrder.map((key) => ({ text: money(data.aging[key]), width: bucket, align: 'right' as const })),
    );
    doc.moveDown(0.5);
    const owing = data.balanceCents >= 0;
    drawRow(
      doc,
      [
        { text: owing ? labels.balanceDue : labels.creditBalance, width: 0.5 },
        { text: money(owing ? data.balanceCents : -data.balanceCents), width: 0.5, align: 'right' },
      ],
      { bold: true },
    );

    drawSectionTitle(doc, labels.howToPay);
    const { phone, address, onlineUrl } = data.howToPay;
    drawParagraph(doc, labels.payAtDesk);
    if (address) drawParagraph(doc, labels.payAtAddress(address));
    if (onlineUrl) drawParagraph(doc, labels.payOnline(onlineUrl));
    if (phone) drawParagraph(doc, labels.callUs(phone));
  });
}
