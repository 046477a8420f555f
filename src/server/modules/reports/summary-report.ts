import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { balanceEffect } from '../../../shared/balance-effect.ts';
import { type LedgerEntryKind, ledgerEntryKinds } from '../../../shared/billing.ts';
import type {
  AppointmentsByStatus,
  ReportPeriodQuery,
  SummaryProviderRow,
  SummaryReport,
} from '../../../shared/reports.ts';
import { appointmentStatuses } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { appointmentFigures, noShowRate } from './appointment-figures.ts';
import { tallyAppointments } from './appointment-tallies.ts';
import { ledgerByDay, postedUpTo, rollUpLedger } from './ledger-rollup.ts';
import { count, readRows } from './read-rows.ts';
import { type ReportRun, recordReportRun } from './record-report-run.ts';
import { byLabel, providerNames } from './report-labels.ts';
import { reportPeriod } from './report-period.ts';
import { inReportSession } from './report-session.ts';
import { utilization } from './utilization-report.ts';

const MoneyRow = z.object({ kind: z.enum(ledgerEntryKinds), inPeriod: count, upToEnd: count });

/**
 * The period's money per ledger kind (by the date posted, as in the production report), and
 * everything posted up to the period's end, whose balance effects add up to what all accounts
 * owed then (credit balances netted: the aging total as of `to`). Dates already rolled up are
 * read from their daily sums (ledger-rollup.ts).
 */
async function ledgerMoney(db: Db, from: string, to: string, rolled: string) {
  const rows = await readRows(
    db,
    sql`SELECT l.kind, sum(l.amount_cents) FILTER (WHERE l.posted_on >= ${from}::date) AS "inPeriod",
               sum(l.amount_cents) AS "upToEnd"
          FROM ${ledgerByDay(rolled, postedUpTo(to), 'type')} l GROUP BY l.kind`,
    MoneyRow,
  );
  const inPeriod = (kind: LedgerEntryKind) => rows.find((row) => row.kind === kind)?.inPeriod ?? 0;
  return {
    production: inPeriod('charge'),
    adjustments: inPeriod('adjustment'),
    payments: inPeriod('payment'),
    refunds: inPeriod('refund'),
    outstanding: rows.reduce((sum, row) => sum + balanceEffect(row.kind, row.upToEnd), 0),
  };
}

/**
 * The manager's overview of a period: appointments by status and provider, each provider's
 * utilization, the no-show rate, and the money (production, adjustments, payments, refunds, and
 * what accounts owed at the end of `to`). The detailed reports' definitions, by their queries,
 * in one snapshot: one pass over the period's appointments, one over the ledger up to `to`.
 */
export async function summaryReport(
  ctx: AppContext,
  query: ReportPeriodQuery,
  run: ReportRun,
): Promise<SummaryReport> {
  const clinic = await getClinicSettings(ctx.db);
  const period = reportPeriod(query.from, query.to, clinic.timeZone);
  const rolled = await rollUpLedger(ctx, clinic.timeZone);
  const { tallies, money, use, names } = await inReportSession(ctx.db, async (db) => {
    const tallies = await tallyAppointments(db, period, 'provider', {
      noticeHours: clinic.bookingPolicy.cancellationNoticeHours,
      byChair: true,
    });
    return {
      tallies,
      money: await ledgerMoney(db, query.from, query.to, rolled),
      use: await utilization(db, period, tallies, ctx.now()),
      names: await providerNames(db),
    };
  });
  const appointmentsByStatus = Object.fromEntries(
    appointmentStatuses.map((status) => [
      status,
      tallies.filter((tally) => tally.status === status).reduce((sum, tally) => sum + tally.count, 0),
    ]),
  ) as AppointmentsByStatus;
  // Providers with hours or booked time, and any other whose visits were all cancelled.
  const providerIds = new Set([...use.providers.map((row) => row.key), ...tallies.map((tally) => tally.key)]);
  const byProvider: SummaryProviderRow[] = [...providerIds]
    .map((providerId) => {
      const time = use.providers.find((row) => row.key === providerId);
      const figures = appointmentFigures(tallies.filter((tally) => tally.key === providerId));
      return {
        key: providerId,
        label: time?.label ?? names.get(providerId)?.name ?? providerId,
        providerId,
        booked: figures.total - figures.cancelled,
        completed: figures.completed,
        noShow: figures.noShow,
        cancelled: figures.cancelled,
        availableMinutes: time?.availableMinutes ?? 0,
        bookedMinutes: time?.bookedMinutes ?? 0,
        utilization: time?.ratio ?? null,
      };
    })
    .sort(byLabel);
  await recordReportRun(ctx, run, 'summary', { from: query.from, to: query.to });
  return {
    from: query.from,
    to: query.to,
    currency: clinic.currency,
    appointmentsByStatus,
    byProvider,
    noShowRate: noShowRate(appointmentsByStatus.completed, appointmentsByStatus.no_show),
    productionCents: money.production,
    adjustmentsCents: money.adjustments,
    revenueCents: money.payments,
    refundsCents: money.refunds,
    collectionsCents: money.payments - money.refunds,
    outstandingCents: money.outstanding,
  };
}
