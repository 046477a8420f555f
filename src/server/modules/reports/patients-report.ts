import { type SQL, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { PatientsReport, PatientsRow, ReportPeriodQuery } from '../../../shared/reports.ts';
import type { AppContext } from '../../context.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { startsIn } from './appointment-tallies.ts';
import { count, readRows } from './read-rows.ts';
import { type ReportRun, recordReportRun } from './record-report-run.ts';
import { reportPeriod } from './report-period.ts';
import { inReportSession } from './report-session.ts';

const PatientsCountRow = z.object({
  month: z.string().nullable(),
  active: count,
  new: count,
});

/** The months (YYYY-MM) a period touches, in order. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  const last = Temporal.PlainYearMonth.from(to.slice(0, 7));
  for (
    let month = Temporal.PlainYearMonth.from(from.slice(0, 7));
    Temporal.PlainYearMonth.compare(month, last) <= 0;
    month = month.add({ months: 1 })
  ) {
    months.push(month.toString());
  }
  return months;
}

/**
 * Patients seen (a completed visit) in the period, per clinic-local month and in all: active is
 * any completed visit in the span, new is a patient whose first completed visit ever falls in
 * it, returning is active but not new. Each month is counted on its own (a patient new in March
 * who comes back in April is returning in April), so months add up for new patients only.
 *
 * A patient seen in the period is new exactly when their first completed visit is in it, and
 * then new in that visit's month only: so new patients are counted from first visits alone,
 * active ones from the visits, and the two never need joining. One query: the period's
 * completed visits by index range, and each patient's first completed visit by one index-only
 * probe of appointments_completed_patient.
 */
export async function patientsReport(
  ctx: AppContext,
  query: ReportPeriodQuery,
  run: ReportRun,
): Promise<PatientsReport> {
  const clinic = await getClinicSettings(ctx.db);
  const period = reportPeriod(query.from, query.to, clinic.timeZone);
  const monthOf = (instant: SQL) =>
    sql`to_char(date_trunc('month', ${instant} AT TIME ZONE ${clinic.timeZone}), 'YYYY-MM')`;
  const counted = await inReportSession(ctx.db, (db) =>
    readRows(
      db,
      sql`WITH seen AS (
            SELECT a.patient_id, date_trunc('month', lower(a.period) AT TIME ZONE ${clinic.timeZone}) AS month
              FROM appointments a
             WHERE ${startsIn(period)} AND a.status = 'completed'
             GROUP BY 1, 2
          ), firsts AS (
            SELECT (SELECT lower(f.period) FROM appointments f
                     WHERE f.patient_id = p.patient_id AND f.status = 'completed'
                     ORDER BY lower(f.period) LIMIT 1) AS first_at
              FROM (SELECT DISTINCT patient_id FROM seen) p
          )
          SELECT to_char(month, 'YYYY-MM') AS month, count(*) AS active, 0 AS new FROM seen GROUP BY month
          UNION ALL
          SELECT ${monthOf(sql`first_at`)}, 0, count(*) FROM firsts
           WHERE first_at >= ${period.startsAt}::timestamptz GROUP BY 1
          UNION ALL
          SELECT NULL, count(*), count(*) FILTER (WHERE first_at >= ${period.startsAt}::timestamptz) FROM firsts`,
      PatientsCountRow,
    ),
  );
  const figuresOf = (month: string | null) => {
    const rows = counted.filter((row) => row.month === month);
    const active = rows.reduce((sum, row) => sum + row.active, 0);
    const newPatients = rows.reduce((sum, row) => sum + row.new, 0);
    return { newPatients, returningPatients: active - newPatients, activePatients: active };
  };
  const rows: PatientsRow[] = monthsOf(query.from, query.to).map((month) => ({
    key: month,
    label: month,
    ...figuresOf(month),
  }));
  await recordReportRun(ctx, run, 'patients', { from: query.from, to: query.to });
  return {
    from: query.from,
    to: query.to,
    rows,
    totals: figuresOf(null),
  };
}
