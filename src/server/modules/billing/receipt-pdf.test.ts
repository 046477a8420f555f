import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/pdf-text.ts';
import { winAnsiText } from './pdf-text.ts';
import { type ReceiptData, renderReceiptPdf } from './receipt-pdf.ts';

const clinic = {
  name: 'Sorriso Dental Care',
  phone: '+55 11 3000-0000',
  address: 'Rua Exemplo 100, São Paulo',
};

function receipt(overrides: Partial<ReceiptData> = {}): ReceiptData {
  return {
    language: 'en',
    format: { locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' },
    clinic,
    receiptNumber: 1042,
    patientName: 'Maria Silvaneta',
    method: 'cash',
    reference: null,
    amountCents: 123_450,
    paidAt: new Date('2026-03-02T15:30:00Z'),
    issuedAt: new Date('2026-03-03T12:00:00Z'),
    item: { kind: 'account' },
    refunds: [],
    ...overrides,
  };
}

describe('renderReceiptPdf', () => {
  it('writes a PDF with the amount, number, patient, method and the clinic-local time', async () => {
    const pdf = await renderReceiptPdf(receipt());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Receipt');
    expect(text).toContain('Receipt no.: 1042');
    expect(text).toContain('$1,234.50');
    expect(text).toContain('Maria Silvaneta');
    expect(text).toContain('Cash');
    expect(text).toContain('Sorriso Dental Care');
    // 15:30 UTC is 10:30 in New York in early March (before the switch to summer time).
    expect(text).toContain('March 2, 2026 at 10:30 AM');
  });

  it('writes Portuguese, with its accents, and the local money format', async () => {
    const format = { locale: 'pt-BR', currency: 'BRL', timeZone: 'America/Sao_Paulo' };
    const pdf = await renderReceiptPdf(
      receipt({
        language: 'pt-BR',
        format,
        method: 'card_terminal',
        reference: 'NSU 0042',
        patientName: "João d'Ávila Conceição",
        item: { kind: 'deposit', appointmentType: 'Limpeza', start: new Date('2026-03-10T13:00:00Z') },
      }),
    );
    const text = await pdfText(pdf);
    for (const expected of [
      'Recibo',
      'Recibo nº: 1042',
      'Paciente',
      'Forma de pagamento: Cartão (maquininha)',
      'Referência: NSU 0042',
      "João d'Ávila Conceição",
      'Sinal de Limpeza, 10 de março de 2026 às 10:00',
      'R$ 1.234,50',
      'São Paulo',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('lists refunds and what is left paid', async () => {
    const pdf = await renderReceiptPdf(
      receipt({
        refunds: [
          {
            amountCents: 20_000,
            at: new Date('2026-03-04T15:00:00Z'),
            reason: 'Overcharged',
            pending: false,
          },
          { amountCents: 3_450, at: new Date('2026-03-05T15:00:00Z'), reason: 'Goodwill', pending: true },
        ],
      }),
    );
    const text = await pdfText(pdf);
    expect(text).toContain('Refunds');
    expect(text).toContain('Overcharged');
    expect(text).toContain('-$200.00');
    expect(text).toContain('Goodwill (pending)');
    expect(text).toContain('Net paid $1,034.50');
  });

  it('keeps names it cannot draw readable instead of garbling the line', async () => {
    const text = await pdfText(await renderReceiptPdf(receipt({ patientName: 'Nguyễn Łukasz 王' })));
    expect(text).toContain('Nguyen ?ukasz ?');
    expect(text).toContain('$1,234.50');
  });
});

describe('winAnsiText', () => {
  it('keeps Portuguese and Western text as it is', () => {
    expect(winAnsiText('Ação, Conceição, Mãe, Avô, Pão — “Ótimo” 1.234,56 €')).toBe(
      'Ação, Conceição, Mãe, Avô, Pão — “Ótimo” 1.234,56 €',
    );
  });

  it('returns only characters the built-in fonts can encode, and is stable', () => {
    const encodable = (char: string) => {
      const code = char.codePointAt(0) ?? 0;
      return (
        (code >= 0x20 && code < 0x7f) ||
        (code >= 0xa0 && code <= 0xff) ||
        '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.includes(char)
      );
    };
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (input) => {
        const output = winAnsiText(input);
        expect([...output].every(encodable)).toBe(true);
        expect(winAnsiText(output)).toBe(output);
      }),
    );
  });
});
