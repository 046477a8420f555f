import type {
  AppointmentsReport,
  AppointmentsReportQuery,
  AppointmentsRow,
} from '../../../shared/reports.ts';
import { appointmentStatuses } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { appointmentFigures, statusLabels } from './appointment-figures.ts';
import { type Tally, tallyAppointments } from './appointment-tallies.ts';
import { type ReportRun, recordReportRun } from './record-report-run.ts';
import { appointmentTypeNames, byLabel, providerNames } from './report-labels.ts';
import { datesOf, reportPeriod } from './report-period.ts';
import { inReportSession } from './report-session.ts';

/**
 * Appointments that start in the period, counted by status, provider, type or clinic-local
 * day, with late cancellations and the no-show rate. Every status and every date of the
 * period has a row (zeros included); providers and types only when they had appointments.
 */
export async function appointmentsReport(
  ctx: AppContext,
  query: AppointmentsReportQuery,
  run: ReportRun,
): Promise<AppointmentsReport> {
  const clinic = await getClinicSettings(ctx.db);
  const period = reportPeriod(query.from, query.to, clinic.timeZone);
  const noticeHours = clinic.bookingPolicy.cancellationNoticeHours;
  const tallies = await inReportSession(ctx.db, (db) =>
    tallyAppointments(db, period, query.groupBy, { noticeHours }),
  );
  const groups = new Map<string, Tally[]>();
  for (const tally of tallies) groups.set(tally.key, [...(groups.get(tally.key) ?? []), tally]);
  const rowOf = (key: string, label: string): AppointmentsRow => ({
    key,
    label,
    ...appointmentFigures(groups.get(key) ?? []),
  });

  let rows: AppointmentsRow[];
  if (query.groupBy === 'status') {
    rows = appointmentStatuses.map((status) => rowOf(status, statusLabels[status]));
  } else if (query.groupBy === 'day') {
    rows = datesOf(period).map((date) => rowOf(date, date));
  } else {
    const names =
      query.groupBy === 'provider' ? await providerNames(ctx.db) : await appointmentTypeNames(ctx.db);
    rows = [...groups.keys()].map((key) => rowOf(key, names.get(key)?.name ?? key)).sort(byLabel);
  }
  await recordReportRun(ctx, run, 'appointments', { from: query.from, to: query.to, groupBy: query.groupBy });
  return {
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    cancellationNoticeHours: noticeHours,
    rows,
    totals: appointmentFigures(tallies),
  };
}
