import { and, eq, gt, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { DayCloseTotals, PaymentMethod } from '../../../shared/billing.ts';
import type { Db } from '../../db/engine.ts';
import { ledgerEntries, payments } from '../../db/schema.ts';

export type LedgerTotalsFilter = {
  /** Clinic-local dates, inclusive; `after` is exclusive (the last closed date). */
  from?: string | undefined;
  to?: string | undefined;
  after?: string | null | undefined;
  method?: PaymentMethod | undefined;
  patientId?: string | undefined;
};

/**
 * What the ledger holds for the clinic-local dates given, by the date each row was posted on:
 * money in by method, refunds, charges and adjustments. Day closes freeze these figures, and the
 * payments list shows the same ones, so both always agree with the rows.
 */
export async function ledgerTotals(db: Db, filter: LedgerTotalsFilter): Promise<DayCloseTotals> {
  const conditions: (SQL | undefined)[] = [
    filter.from === undefined ? undefined : gte(ledgerEntries.postedOn, filter.from),
    filter.to === undefined ? undefined : lte(ledgerEntries.postedOn, filter.to),
    filter.after == null ? undefined : gt(ledgerEntries.postedOn, filter.after),
    filter.method === undefined ? undefined : eq(payments.method, filter.method),
    filter.patientId === undefined ? undefined : eq(ledgerEntries.patientId, filter.patientId),
  ];
  const rows = await db
    .select({
      kind: ledgerEntries.kind,
      method: payments.method,
      cents: sql<string>`sum(${ledgerEntries.amountCents})`,
    })
    .from(ledgerEntries)
    .leftJoin(payments, eq(payments.id, ledgerEntries.paymentId))
    .where(and(...conditions))
    .groupBy(ledgerEntries.kind, payments.method);
  const totals: DayCloseTotals = {
    byMethod: { cash: 0, card_terminal: 0, check: 0, stripe: 0 },
    paymentsCents: 0,
    refundsCents: 0,
    chargesCents: 0,
    adjustmentsCents: 0,
  };
  for (const row of rows) {
    const cents = Number(row.cents);
    if (row.kind === 'payment') {
      totals.paymentsCents += cents;
      if (row.method) totals.byMethod[row.method] += cents;
    } else if (row.kind === 'refund') totals.refundsCents += cents;
    else if (row.kind === 'charge') totals.chargesCents += cents;
    else totals.adjustmentsCents += cents;
  }
  return totals;
}
