import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/pdf-text.ts';
import { renderStatementPdf, type StatementData, type StatementEntry } from './statement-pdf.ts';

function statement(overrides: Partial<StatementData> = {}): StatementData {
  return {
    language: 'en',
    format: { locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' },
    clinic: { name: 'Bright Smiles Dental', phone: '+1 212 555 0100', address: '100 Main Street, New York' },
    holder: { name: 'Ana Guarantor', addressLines: ['12 Elm Street', '10001 New York - NY', 'US'] },
    statementDate: '2026-03-06',
    createdAt: new Date('2026-03-06T15:00:00Z'),
    entries: [],
    aging: { current: 0, days31to60: 0, days61to90: 0, over90: 0 },
    balanceCents: 0,
    howToPay: { phone: '+1 212 555 0100', address: '100 Main Street, New York', onlineUrl: null },
    ...overrides,
  };
}

describe('renderStatementPdf', () => {
  it('offers card payment online only when the clinic takes cards', async () => {
    const withCards = await pdfText(
      await renderStatementPdf(
        statement({ howToPay: { phone: null, address: null, onlineUrl: 'https://clinic.example/' } }),
      ),
    );
    expect(withCards).toContain(
      'By card online: log in at https://clinic.example/ or ask us for a payment link.',
    );
    expect(withCards).not.toContain('Questions?');
    expect(await pdfText(await renderStatementPdf(statement()))).not.toContain('By card online');
  });

  it('shows a credit as a credit balance, and says when there is nothing to list', async () => {
    const text = await pdfText(
      await renderStatementPdf(
        statement({
          balanceCents: -2_500,
          aging: { current: -2_500, days31to60: 0, days61to90: 0, over90: 0 },
        }),
      ),
    );
    expect(text).toContain('Credit balance $25.00');
    expect(text).toContain('No entries.');
    expect(text).toContain('12 Elm Street 10001 New York - NY US');
  });

  it('runs a long history over several pages without losing a row', async () => {
    const entries: StatementEntry[] = Array.from({ length: 120 }, (_, index) => ({
      postedOn: '2026-02-01',
      patientName: null,
      kind: 'charge',
      description: `Visit ${index + 1}`,
      effectCents: 100,
      balanceAfterCents: 100 * (index + 1),
    }));
    const pdf = await renderStatementPdf(statement({ entries, balanceCents: 12_000 }));
    expect((await getDocumentProxy(new Uint8Array(pdf))).numPages).toBeGreaterThan(2);
    const text = await pdfText(pdf);
    for (const index of [1, 60, 120]) expect(text).toContain(`Charge: Visit ${index} `);
    expect(text).toContain('Balance due $120.00');
  });
});
