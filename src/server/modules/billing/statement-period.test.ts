import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceEffect } from '../../../shared/balance-effect.ts';
import { ledgerEntryKinds } from '../../../shared/billing.ts';
import { entriesSinceLastZero } from './statement-period.ts';

const entry = fc.record({
  kind: fc.constantFrom(...ledgerEntryKinds),
  amountCents: fc.integer({ min: 1, max: 50_000 }),
});
// Small amounts from few values, so that running balances often come back to zero.
const entries = fc.array(
  fc.oneof(
    entry,
    fc.record({ kind: fc.constantFrom(...ledgerEntryKinds), amountCents: fc.constantFrom(100, 200) }),
  ),
  { maxLength: 30 },
);
const balanceOf = (rows: readonly { kind: (typeof ledgerEntryKinds)[number]; amountCents: number }[]) =>
  rows.reduce((sum, row) => sum + balanceEffect(row.kind, row.amountCents), 0);

describe('entriesSinceLastZero', () => {
  it('shows the tail after the last zero, ending at the current balance', () => {
    fc.assert(
      fc.property(entries, (rows) => {
        const shown = entriesSinceLastZero(rows);
        const hidden = rows.slice(0, rows.length - shown.length);
        expect(shown.map(({ balanceAfterCents: _, ...row }) => row)).toEqual(rows.slice(hidden.length));
        // What is left out nets to zero, so the shown rows open at zero and add up to the balance.
        expect(balanceOf(hidden)).toBe(0);
        expect(shown.at(-1)?.balanceAfterCents ?? 0).toBe(balanceOf(rows));
        // No zero inside the shown part: it starts just after the last one.
        expect(shown.slice(0, -1).every((row) => row.balanceAfterCents !== 0)).toBe(true);
        if (rows.length > 0) expect(shown.length).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps the cycle that settled an account now at zero', () => {
    const rows = [
      { kind: 'charge', amountCents: 5000 },
      { kind: 'payment', amountCents: 5000 },
      { kind: 'charge', amountCents: 8000 },
      { kind: 'payment', amountCents: 3000 },
      { kind: 'payment', amountCents: 5000 },
    ] as const;
    expect(entriesSinceLastZero(rows).map((row) => row.balanceAfterCents)).toEqual([8000, 5000, 0]);
    expect(entriesSinceLastZero(rows.slice(0, 4)).map((row) => row.balanceAfterCents)).toEqual([8000, 5000]);
  });
});
