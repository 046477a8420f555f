import { sql } from 'drizzle-orm';
import { appointments } from '../../db/schema.ts';
import { addDays, clinicDateOf, startOfClinicDate } from '../billing/clinic-date.ts';

/** A clinic-local date and the instants it spans: [start, end). */
export type ClinicDay = { date: string; start: Date; end: Date };

/** The clinic-local date an instant falls on, with its first instant and the next date's. */
export function clinicDayOf(instant: Date, timeZone: string): ClinicDay {
  const date = clinicDateOf(instant, timeZone);
  return {
    date,
    start: startOfClinicDate(date, timeZone),
    end: startOfClinicDate(addDays(date, 1), timeZone),
  };
}

/** A visit belongs to the day it starts on. */
export function startsOn(day: ClinicDay) {
  const start = sql`lower(${appointments.period})`;
  return sql`(${start} >= ${day.start.toISOString()}::timestamptz AND ${start} < ${day.end.toISOString()}::timestamptz)`;
}
