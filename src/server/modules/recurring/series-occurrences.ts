import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import { maxSeriesCount, maxSeriesOccurrences, maxSeriesYears } from '../../../shared/recurring.ts';

export type SeriesExpansion =
  | { ok: true; occurrences: Temporal.ZonedDateTime[] }
  | { ok: false; path: 'rrule' | 'start'; message: string };

// A visit repeats on days, not hours: HOURLY and finer would be a typing mistake in a clinic.
const visitFrequencies = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

const refuse = (message: string, path: 'rrule' | 'start' = 'rrule'): SeriesExpansion => ({
  ok: false,
  path,
  message,
});

/**
 * The visits of a series: the RRULE expanded from `start` in the clinic's zone, so that every
 * visit keeps the first one's wall-clock time across DST changes (rrule-temporal does the RFC 5545
 * and zone work; a wall-clock time that does not exist on a date is skipped, as the RFC says).
 * Bounded rules only: COUNT ≤ 52 or UNTIL, and every visit within two years of the first.
 */
export function expandSeries(rrule: string, start: Temporal.Instant, timeZone: string): SeriesExpansion {
  const dtstart = start.toZonedDateTimeISO(timeZone);
  let rule: RRuleTemporal<Temporal.ZonedDateTime>;
  try {
    rule = new RRuleTemporal({ rruleString: rrule, dtstart, temporal: Temporal });
  } catch (error) {
    return refuse(`Not a valid RRULE: ${error instanceof Error ? error.message : 'unreadable'}`);
  }
  const { freq, count, until } = rule.options();
  if (!visitFrequencies.has(freq))
    return refuse('Repeat at most daily: FREQ=DAILY, WEEKLY, MONTHLY or YEARLY');
  if (count !== undefined && until !== undefined) return refuse('Give COUNT or UNTIL, not both');
  if (count === undefined && until === undefined) {
    return refuse(
      `A series needs an end: COUNT (at most ${maxSeriesCount}) or UNTIL (within ${maxSeriesYears} years)`,
    );
  }
  if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > maxSeriesCount)) {
    return refuse(`COUNT must be between 1 and ${maxSeriesCount}`);
  }
  const horizon = dtstart.add({ years: maxSeriesYears });
  if (until !== undefined && Temporal.Instant.compare(until.toInstant(), horizon.toInstant()) > 0) {
    return refuse(`UNTIL must be within ${maxSeriesYears} years of the first visit`);
  }

  let beyondHorizon = false;
  let occurrences: Temporal.ZonedDateTime[];
  try {
    occurrences = rule.all((occurrence, index) => {
      if (Temporal.ZonedDateTime.compare(occurrence, horizon) > 0) beyondHorizon = true;
      return !beyondHorizon && index <= maxSeriesOccurrences;
    });
  } catch (error) {
    return refuse(`Not a usable RRULE: ${error instanceof Error ? error.message : 'cannot be expanded'}`);
  }
  if (beyondHorizon) return refuse(`Every visit must be within ${maxSeriesYears} years of the first`);
  if (occurrences.length > maxSeriesOccurrences) {
    return refuse(`A series has at most ${maxSeriesOccurrences} visits`);
  }
  const first = occurrences[0];
  if (!first) return refuse('The rule gives no visits');
  if (!first.toInstant().equals(start)) {
    return refuse('The first visit must be an occurrence of the rule (check BYDAY and the like)', 'start');
  }
  return { ok: true, occurrences };
}

/**
 * The first visit that starts before the previous one (plus its buffer) is over, if any: a series
 * must not collide with itself (BYHOUR=9,10 with a 90-minute visit would).
 */
export function selfOverlap(
  occurrences: readonly Temporal.ZonedDateTime[],
  blockedMinutes: number,
): Temporal.ZonedDateTime | undefined {
  const sorted = [...occurrences].sort(Temporal.ZonedDateTime.compare);
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1];
    const current = sorted[index];
    if (
      previous &&
      current &&
      Temporal.Instant.compare(current.toInstant(), previous.toInstant().add({ minutes: blockedMinutes })) < 0
    ) {
      return current;
    }
  }
  return undefined;
}
