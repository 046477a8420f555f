import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../../shared/billing.ts';
import { standingVisitCharge } from './visit-fee.ts';

const visit = '11111111-1111-4111-8111-111111111111';
let sequence = 0;
function entry(fields: Partial<LedgerEntry>): LedgerEntry {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    patientId: '22222222-2222-4222-8222-222222222222',
    kind: 'charge',
    amountCents: 12_000,
    description: 'Filling',
    postedAt: '2026-03-02T15:00:00.000Z',
    appointmentId: visit,
    createdBy: null,
    balanceAfterCents: 0,
    ...fields,
  };
}

describe('standingVisitCharge', () => {
  it('finds the visit’s charge that no reversal has taken back', () => {
    const first = entry({});
    const reversal = entry({ amountCents: -12_000, reversesEntryId: first.id });
    const second = entry({});
    expect(standingVisitCharge([first, reversal, second], visit)).toBe(second);
    expect(standingVisitCharge([first, reversal], visit)).toBeNull();
  });

  it('prefers the charge named for the visit’s type over other charges of the visit', () => {
    const extra = entry({ description: 'Fluoride', amountCents: 2_000 });
    const fee = entry({ description: 'Filling' });
    expect(standingVisitCharge([extra, fee], visit, 'Filling')).toBe(fee);
    expect(standingVisitCharge([extra, fee], visit, 'Cleaning')).toBe(extra);
  });

  it('ignores other visits’ charges and payments', () => {
    const elsewhere = entry({ appointmentId: '33333333-3333-4333-8333-333333333333' });
    const payment = entry({ kind: 'payment' });
    const unlinked = entry({ appointmentId: null });
    expect(standingVisitCharge([elsewhere, payment, unlinked], visit)).toBeNull();
  });
});
