import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppointmentGrouping } from '../../../shared/reports.ts';
import { AppointmentStatus } from '../../../shared/scheduling.ts';
import type { Db } from '../../db/engine.ts';
import type { StatusCount } from './appointment-figures.ts';
import { count, readRows } from './read-rows.ts';
import type { ReportPeriod } from './report-period.ts';

/** One group's appointments in one status (and chair, when asked): how many, how many late cancellations, how many minutes. */
export type Tally = StatusCount & { key: string; chairId: string | null; minutes: number };

const TallyRow = z.object({
  key: z.string(),
  chairId: z.string().nullable(),
  status: AppointmentStatus,
  count,
  late: count,
  minutes: count,
});

/** The clinic-local date an appointment starts on, by the zone's rules for that instant. */
export function localStartDate(timeZone: string): SQL {
  return sql`(lower(a.period) AT TIME ZONE ${timeZone})::date`;
}

/** Appointments starting in the period: a range of the appointments_reporting index. */
export function startsIn(period: ReportPeriod): SQL {
  return sql`lower(a.period) >= ${period.startsAt}::timestamptz AND lower(a.period) < ${period.endsBefore}::timestamptz`;
}

/** Visits that hold their time: every status but cancelled and no-show (and holds, which are not visits yet). */
export function holdsTime(status: AppointmentStatus): boolean {
  return status !== 'cancelled' && status !== 'no_show';
}

/**
 * Appointments that start in the period, tallied per group, status and (with `byChair`) chair
 * in one pass over the appointments_reporting index. Holds (a slot kept during online checkout)
 * are not appointments and are left out. A late cancellation was cancelled less than
 * `noticeHours` before the start, or after it: inside the notice the clinic asks of patients.
 */
export function tallyAppointments(
  db: Db,
  period: ReportPeriod,
  groupBy: AppointmentGrouping,
  options: { noticeHours: number; byChair?: boolean },
): Promise<Tally[]> {
  // Grouped by the columns themselves and turned into text after: a cast per row costs more
  // than the whole aggregate on a year of visits.
  const key: Record<AppointmentGrouping, SQL> = {
    status: sql`a.status`,
    provider: sql`a.provider_id`,
    type: sql`a.appointment_type_id`,
    day: localStartDate(period.timeZone),
  };
  const notice = options.noticeHours;
  return readRows(
    db,
    sql`SELECT key::text AS key, chair::text AS "chairId", status, count, late,
               round(extract(epoch FROM duration) / 60) AS minutes
          FROM (SELECT ${key[groupBy]} AS key, ${options.byChair ? sql`a.operatory_id` : sql`NULL::uuid`} AS chair,
                       a.status, count(*) AS count,
                       count(*) FILTER (WHERE a.status = 'cancelled' AND ${notice}::int > 0
                                          AND a.cancelled_at > lower(a.period) - make_interval(hours => ${notice}::int)) AS late,
                       sum(upper(a.period) - lower(a.period)) AS duration
                  FROM appointments a
                 WHERE ${startsIn(period)} AND a.status NOT IN ('held', 'expired')
                 GROUP BY 1, 2, 3) tallies`,
    TallyRow,
  );
}
