import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type {
  ProductionGrouping,
  ProductionReport,
  ProductionReportQuery,
  ProductionRow,
  ProductionTotals,
} from '../../../shared/reports.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { localStartDate, startsIn } from './appointment-tallies.ts';
import { ledgerByDay, postedBetween, rollUpLedger } from './ledger-rollup.ts';
import { count, readRows } from './read-rows.ts';
import { type ReportRun, recordReportRun } from './record-report-run.ts';
import { appointmentTypeNames, byLabel, noneKey, providerNames } from './report-labels.ts';
import { datesOf, type ReportPeriod, reportPeriod } from './report-period.ts';
import { inReportSession } from './report-session.ts';

type Figures = ProductionTotals;

const LedgerRow = z.object({
  key: z.string().nullable(),
  production: count,
  adjustments: count,
  payments: count,
  refunds: count,
});
const ScheduledRow = z.object({ key: z.string(), scheduled: count });

const zero: Figures = {
  productionCents: 0,
  adjustmentsCents: 0,
  paymentsCents: 0,
  refundsCents: 0,
  collectionsCents: 0,
  scheduledProductionCents: 0,
};

function ledgerCents(row: z.infer<typeof LedgerRow>): Omit<Figures, 'scheduledProductionCents'> {
  return {
    productionCents: row.production,
    adjustmentsCents: row.adjustments,
    paymentsCents: row.payments,
    refundsCents: row.refunds,
    collectionsCents: row.payments - row.refunds,
  };
}

/** The figures of a set of rows added up. */
function addFigures(rows: readonly Figures[]): Figures {
  return rows.reduce(
    (sum, row) => ({
      productionCents: sum.productionCents + row.productionCents,
      adjustmentsCents: sum.adjustmentsCents + row.adjustmentsCents,
      paymentsCents: sum.paymentsCents + row.paymentsCents,
      refundsCents: sum.refundsCents + row.refundsCents,
      collectionsCents: sum.collectionsCents + row.collectionsCents,
      scheduledProductionCents: sum.scheduledProductionCents + row.scheduledProductionCents,
    }),
    zero,
  );
}

const ledgerSums = sql`sum(l.amount_cents) FILTER (WHERE l.kind = 'charge') AS production,
  sum(l.amount_cents) FILTER (WHERE l.kind = 'adjustment') AS adjustments,
  sum(l.amount_cents) FILTER (WHERE l.kind = 'payment') AS payments,
  sum(l.amount_cents) FILTER (WHERE l.kind = 'refund') AS refunds`;

/**
 * What the ledger says for the clinic-local dates posted on, per group. Production is every
 * charge (visit fees, charges posted by hand, and the negative charges that reverse a fee when
 * a completion is undone); adjustments apart; collections are payments less refunds. The
 * ledger holds only settled money (a payment or refund gets its row when it succeeds), and
 * `posted_on` is the date the day close counts it under, so these figures agree with day closes.
 * A provider or type is the one of the visit a charge was posted for, kept on the row when it
 * was posted; money tied to no visit is grouped under `none`. Dates already rolled up are read
 * from their daily sums (ledger-rollup.ts).
 */
function ledgerFigures(db: Db, period: ReportPeriod, groupBy: ProductionGrouping, rolled: string) {
  const key = groupBy === 'day' ? sql`l.posted_on::text` : sql`l.key::text`;
  // By day, either table of daily sums will do: the one by type has fewer rows.
  const by = groupBy === 'provider' ? 'provider' : 'type';
  return readRows(
    db,
    sql`SELECT ${key} AS key, ${ledgerSums}
          FROM ${ledgerByDay(rolled, postedBetween(period.from, period.to), by)} l
         GROUP BY 1`,
    LedgerRow,
  );
}

/**
 * Scheduled production: the fees (the type's current price) of visits in the period that are
 * still ahead of `now` and booked (scheduled or confirmed; not cancelled, no-show or done).
 */
function scheduledFigures(db: Db, period: ReportPeriod, groupBy: ProductionGrouping, now: Date) {
  const key: Record<ProductionGrouping, SQL> = {
    day: sql`${localStartDate(period.timeZone)}::text`,
    provider: sql`a.provider_id::text`,
    type: sql`a.appointment_type_id::text`,
  };
  return readRows(
    db,
    sql`SELECT ${key[groupBy]} AS key, sum(t.price_cents) AS scheduled
          FROM appointments a JOIN appointment_types t ON t.id = a.appointment_type_id
         WHERE ${startsIn(period)} AND lower(a.period) >= ${now.toISOString()}::timestamptz
           AND a.status IN ('scheduled', 'confirmed')
         GROUP BY 1`,
    ScheduledRow,
  );
}

export async function productionReport(
  ctx: AppContext,
  query: ProductionReportQuery,
  run: ReportRun,
): Promise<ProductionReport> {
  const clinic = await getClinicSettings(ctx.db);
  const period = reportPeriod(query.from, query.to, clinic.timeZone);
  const rolled = await rollUpLedger(ctx, clinic.timeZone);
  const [ledger, scheduled] = await inReportSession(ctx.db, async (db) => [
    await ledgerFigures(db, period, query.groupBy, rolled),
    await scheduledFigures(db, period, query.groupBy, ctx.now()),
  ]);
  const figures = new Map<string, Figures>();
  const at = (key: string) => figures.get(key) ?? zero;
  for (const row of ledger) {
    const key = row.key ?? noneKey;
    figures.set(key, addFigures([at(key), { ...zero, ...ledgerCents(row) }]));
  }
  for (const row of scheduled)
    figures.set(row.key, { ...at(row.key), scheduledProductionCents: row.scheduled });

  let rows: ProductionRow[];
  if (query.groupBy === 'day') {
    rows = datesOf(query).map((date) => ({ key: date, label: date, ...at(date) }));
  } else {
    const names =
      query.groupBy === 'provider' ? await providerNames(ctx.db) : await appointmentTypeNames(ctx.db);
    const noneLabel =
      query.groupBy === 'provider' ? 'No provider (not tied to a visit)' : 'No type (not tied to a visit)';
    rows = [...figures]
      .map(([key, row]) => ({
        key,
        label: key === noneKey ? noneLabel : (names.get(key)?.name ?? key),
        ...row,
      }))
      .sort(byLabel);
  }
  await recordReportRun(ctx, run, 'production', { from: query.from, to: query.to, groupBy: query.groupBy });
  return {
    from: query.from,
    to: query.to,
    currency: clinic.currency,
    groupBy: query.groupBy,
    rows,
    totals: addFigures(rows),
  };
}
