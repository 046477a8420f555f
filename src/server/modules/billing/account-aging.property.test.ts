import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type AgingEntry, ageAccount, balanceOf } from './account-aging.ts';

const start = Temporal.PlainDate.from('2026-01-01');
const dateAt = (day: number) => start.add({ days: day }).toString();

type Step = { kind: AgingEntry['kind']; cents: number; day: number; pick: number };

const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('charge', 'payment', 'refund', 'adjustment'),
  cents: fc.integer({ min: 1, max: 50_000 }),
  day: fc.integer({ min: 0, max: 200 }),
  pick: fc.nat(),
});

/**
 * A ledger as the services write it: dated in order, adjustments signed, and every refund
 * taken from a payment with something left, never more than that remainder.
 */
function ledgerFrom(steps: readonly Step[]): { entries: AgingEntry[]; paid: number; refunded: number } {
  const payments: { left: number }[] = [];
  const entries: AgingEntry[] = [];
  for (const { kind, cents, day, pick } of [...steps].sort((a, b) => a.day - b.day)) {
    const postedOn = dateAt(day);
    if (kind === 'refund') {
      const open = payments.filter((payment) => payment.left > 0);
      const payment = open[pick % Math.max(open.length, 1)];
      if (!payment) continue;
      const amountCents = Math.min(cents, payment.left);
      payment.left -= amountCents;
      entries.push({ kind, amountCents, postedOn });
    } else if (kind === 'payment') {
      payments.push({ left: cents });
      entries.push({ kind, amountCents: cents, postedOn });
    } else if (kind === 'adjustment') {
      entries.push({ kind, amountCents: pick % 2 === 0 ? -cents : cents, postedOn });
    } else {
      entries.push({ kind, amountCents: cents, postedOn });
    }
  }
  const sum = (kind: AgingEntry['kind']) =>
    entries.filter((entry) => entry.kind === kind).reduce((total, entry) => total + entry.amountCents, 0);
  return { entries, paid: sum('payment'), refunded: sum('refund') };
}

const sumOf = (aging: ReturnType<typeof ageAccount>) =>
  aging.current + aging.days31to60 + aging.days61to90 + aging.over90;

describe('account aging', () => {
  it('balance is the arithmetic sum, the buckets add up to it, refunds never exceed payments', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: 0, max: 400 }), (steps, asOfDay) => {
        const { entries, paid, refunded } = ledgerFrom(steps);
        expect(refunded).toBeLessThanOrEqual(paid);
        const arithmetic =
          entries.filter((e) => e.kind === 'charge').reduce((t, e) => t + e.amountCents, 0) -
          paid +
          refunded +
          entries.filter((e) => e.kind === 'adjustment').reduce((t, e) => t + e.amountCents, 0);
        expect(balanceOf(entries)).toBe(arithmetic);
        const asOf = dateAt(asOfDay);
        const counted = entries.filter((entry) => entry.postedOn <= asOf);
        const aging = ageAccount(entries, asOf);
        expect(sumOf(aging)).toBe(balanceOf(counted));
        // Only a credit balance is negative, and then nothing older is still open.
        expect(Math.min(aging.days31to60, aging.days61to90, aging.over90)).toBeGreaterThanOrEqual(0);
        if (aging.current < 0) expect(aging.days31to60 + aging.days61to90 + aging.over90).toBe(0);
      }),
    );
  });

  it('applies credits to the oldest charges first', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: 0, max: 400 }), (steps, asOfDay) => {
        const { entries } = ledgerFrom(steps);
        const asOf = dateAt(asOfDay);
        const aging = ageAccount(entries, asOf);
        // Anything open in an older bucket means every younger debit is still wholly open.
        const buckets = [aging.over90, aging.days61to90, aging.days31to60];
        const firstOpen = buckets.findIndex((cents) => cents > 0);
        if (firstOpen === -1) return;
        const ageOf = (entry: AgingEntry) =>
          Temporal.PlainDate.from(entry.postedOn).until(Temporal.PlainDate.from(asOf)).days;
        const youngerLimit = [90, 60, 30][firstOpen] ?? 0;
        const younger = entries
          .filter((entry) => entry.postedOn <= asOf && ageOf(entry) <= youngerLimit)
          .filter((entry) => entry.kind !== 'payment' && entry.amountCents > 0)
          .reduce((total, entry) => total + entry.amountCents, 0);
        const youngerBuckets =
          firstOpen === 0
            ? aging.days61to90 + aging.days31to60 + aging.current
            : firstOpen === 1
              ? aging.days31to60 + aging.current
              : aging.current;
        expect(youngerBuckets).toBe(younger);
      }),
    );
  });

  it('ages an unpaid charge through the buckets as the as-of date moves', () => {
    const entries: AgingEntry[] = [
      { kind: 'charge', amountCents: 10_000, postedOn: '2026-01-01' },
      { kind: 'charge', amountCents: 4_000, postedOn: '2026-03-15' },
      { kind: 'payment', amountCents: 3_000, postedOn: '2026-03-20' },
    ];
    expect(ageAccount(entries, '2026-01-31')).toEqual({
      current: 10_000,
      days31to60: 0,
      days61to90: 0,
      over90: 0,
    });
    expect(ageAccount(entries, '2026-02-01')).toEqual({
      current: 0,
      days31to60: 10_000,
      days61to90: 0,
      over90: 0,
    });
    expect(ageAccount(entries, '2026-03-31')).toEqual({
      current: 4_000,
      days31to60: 0,
      days61to90: 7_000,
      over90: 0,
    });
    expect(ageAccount(entries, '2026-04-02')).toEqual({
      current: 4_000,
      days31to60: 0,
      days61to90: 0,
      over90: 7_000,
    });
  });

  it('shows a credit balance as a negative current bucket', () => {
    const entries: AgingEntry[] = [
      { kind: 'charge', amountCents: 1_000, postedOn: '2025-10-01' },
      { kind: 'payment', amountCents: 1_500, postedOn: '2026-01-01' },
    ];
    expect(ageAccount(entries, '2026-01-02')).toEqual({
      current: -500,
      days31to60: 0,
      days61to90: 0,
      over90: 0,
    });
  });
});
