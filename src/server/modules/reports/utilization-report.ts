import { Temporal } from 'temporal-polyfill';
import type { ReportPeriodQuery, UtilizationReport, UtilizationRow } from '../../../shared/reports.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { loadAvailabilityInput } from '../scheduling/availability-data.ts';
import { ratio } from './appointment-figures.ts';
import { holdsTime, type Tally, tallyAppointments } from './appointment-tallies.ts';
import { openTime } from './open-time.ts';
import { type ReportRun, recordReportRun } from './record-report-run.ts';
import { byLabel, operatoryNames, providerNames } from './report-labels.ts';
import { type ReportPeriod, reportPeriod } from './report-period.ts';
import { inReportSession } from './report-session.ts';

// What loadAvailabilityInput asks about the visit to fit; with appointments left out it only
// shapes the slot grid, which open time does not use.
const anyVisit = { id: '', durationMinutes: 5, bufferMinutes: 0, bookableOnline: false, active: true };

export type Utilization = Omit<UtilizationReport, 'from' | 'to'>;

/**
 * Per provider: the minutes they could be booked (working hours − time off − holidays, from
 * the availability engine's own inputs and DST rules) against the minutes of their visits that
 * start in the period and hold time (not cancelled, not no-shows; a visit booked outside the
 * hours still counts, so a ratio can pass 1). Per chair: a chair is usable while at least one
 * provider works, so every active chair's available minutes are the clinic's open minutes (the
 * union of the providers' open time) against the visits booked in it. Providers and chairs are
 * listed when active or booked. `tallies`: by provider and chair (tallyAppointments).
 */
export async function utilization(
  db: Db,
  period: ReportPeriod,
  tallies: readonly Tally[],
  now: Date,
): Promise<Utilization> {
  const providers = await providerNames(db);
  const chairs = await operatoryNames(db);
  const booked = tallies.filter((tally) => holdsTime(tally.status));
  const providerIds = [
    ...new Set([
      ...[...providers].filter(([, provider]) => provider.active).map(([id]) => id),
      ...booked.map((tally) => tally.key),
    ]),
  ];
  const open = openTime(
    await loadAvailabilityInput(db, {
      timeZone: period.timeZone,
      from: Temporal.PlainDate.from(period.from),
      to: Temporal.PlainDate.from(period.to),
      providerIds,
      type: anyVisit,
      slotStepMinutes: 5,
      now,
      includeAppointments: false,
    }),
  );
  const minutesWhere = (match: (tally: Tally) => boolean) =>
    booked.filter(match).reduce((sum, tally) => sum + tally.minutes, 0);
  const rowOf = (
    key: string,
    label: string,
    availableMinutes: number,
    bookedMinutes: number,
  ): UtilizationRow => ({
    key,
    label,
    availableMinutes,
    bookedMinutes,
    ratio: ratio(bookedMinutes, availableMinutes),
  });
  const providerRows = providerIds
    .map((id) =>
      rowOf(
        id,
        providers.get(id)?.name ?? id,
        open.providerMinutes.get(id) ?? 0,
        minutesWhere((tally) => tally.key === id),
      ),
    )
    .sort(byLabel);
  const chairIds = new Set([
    ...[...chairs].filter(([, chair]) => chair.active).map(([id]) => id),
    ...booked.flatMap((tally) => (tally.chairId ? [tally.chairId] : [])),
  ]);
  const chairRows = [...chairIds]
    .map((id) =>
      rowOf(
        id,
        chairs.get(id)?.name ?? id,
        open.clinicMinutes,
        minutesWhere((tally) => tally.chairId === id),
      ),
    )
    .sort(byLabel);
  const available = providerRows.reduce((sum, row) => sum + row.availableMinutes, 0);
  const bookedMinutes = providerRows.reduce((sum, row) => sum + row.bookedMinutes, 0);
  return {
    providers: providerRows,
    chairs: chairRows,
    totals: { availableMinutes: available, bookedMinutes, ratio: ratio(bookedMinutes, available) },
  };
}

export async function utilizationReport(
  ctx: AppContext,
  query: ReportPeriodQuery,
  run: ReportRun,
): Promise<UtilizationReport> {
  const clinic = await getClinicSettings(ctx.db);
  const period = reportPeriod(query.from, query.to, clinic.timeZone);
  const result = await inReportSession(ctx.db, async (db) => {
    const tallies = await tallyAppointments(db, period, 'provider', {
      noticeHours: clinic.bookingPolicy.cancellationNoticeHours,
      byChair: true,
    });
    return utilization(db, period, tallies, ctx.now());
  });
  await recordReportRun(ctx, run, 'utilization', { from: query.from, to: query.to });
  return { from: query.from, to: query.to, ...result };
}
