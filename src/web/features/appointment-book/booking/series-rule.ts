import { Temporal } from 'temporal-polyfill';
import { maxSeriesCount } from '../../../../shared/recurring.ts';

export type RepeatUnit = 'week' | 'month';

/** The drawer's "Repeat" choice: every N weeks or months, for a number of visits or until a date. */
export type RepeatValues = {
  on: boolean;
  every: number;
  unit: RepeatUnit;
  ends: 'count' | 'until';
  /** Visits in all, the first included. */
  count: number;
  /** The last local date a visit may fall on, YYYY-MM-DD. */
  until: string;
};

export const repeatOff: RepeatValues = {
  on: false,
  every: 1,
  unit: 'week',
  ends: 'count',
  count: 6,
  until: '',
};
export const longestInterval = 12;

const frequencies: Record<RepeatUnit, string> = { week: 'WEEKLY', month: 'MONTHLY' };

/**
 * The RFC 5545 RRULE for POST /appointment-series, or null while the choice is incomplete. UNTIL
 * is the end of the chosen local day in the clinic's zone, written in UTC as the RFC asks of a
 * rule whose first visit carries a zone.
 */
export function seriesRuleOf(repeat: RepeatValues, timeZone: string): string | null {
  if (!repeat.on || !Number.isInteger(repeat.every) || repeat.every < 1 || repeat.every > longestInterval) {
    return null;
  }
  const base = `FREQ=${frequencies[repeat.unit]};INTERVAL=${repeat.every}`;
  if (repeat.ends === 'count') {
    if (!Number.isInteger(repeat.count) || repeat.count < 2 || repeat.count > maxSeriesCount) return null;
    return `${base};COUNT=${repeat.count}`;
  }
  let lastDay: Temporal.PlainDate;
  try {
    lastDay = Temporal.PlainDate.from(repeat.until);
  } catch {
    return null;
  }
  const endOfDay = lastDay
    .toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from('23:59:59') })
    .toInstant()
    .toZonedDateTimeISO('UTC');
  const until = endOfDay.toPlainDateTime().toString({ smallestUnit: 'second' }).replaceAll(/[-:]/g, '');
  return `${base};UNTIL=${until}Z`;
}
