import { Temporal } from 'temporal-polyfill';

/**
 * A report's clinic-local dates from…to (both included) as the instants they cover in the
 * clinic's zone: a DST day is 23 or 25 hours long, and the zone's rules, not a fixed 24 hours,
 * decide where each date starts.
 */
export type ReportPeriod = {
  from: string;
  to: string;
  timeZone: string;
  /** First instant of `from`, ISO 8601. */
  startsAt: string;
  /** First instant of the day after `to`, ISO 8601 (excluded). */
  endsBefore: string;
};

export function reportPeriod(from: string, to: string, timeZone: string): ReportPeriod {
  const first = Temporal.PlainDate.from(from);
  const last = Temporal.PlainDate.from(to);
  return {
    from,
    to,
    timeZone,
    startsAt: first.toZonedDateTime({ timeZone }).toInstant().toString(),
    endsBefore: last.add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant().toString(),
  };
}

/** Every date of the period, in order. */
export function datesOf(period: Pick<ReportPeriod, 'from' | 'to'>): string[] {
  const dates: string[] = [];
  const last = Temporal.PlainDate.from(period.to);
  for (let date = Temporal.PlainDate.from(period.from); Temporal.PlainDate.compare(date, last) <= 0; ) {
    dates.push(date.toString());
    date = date.add({ days: 1 });
  }
  return dates;
}
