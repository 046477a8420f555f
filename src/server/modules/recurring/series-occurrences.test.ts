import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { maxSeriesOccurrences } from '../../../shared/recurring.ts';
import { expandSeries, selfOverlap } from './series-occurrences.ts';

const newYork = 'America/New_York';
const at = (local: string, timeZone = newYork) =>
  Temporal.ZonedDateTime.from(`${local}[${timeZone}]`).toInstant();

function occurrencesOf(rrule: string, start: Temporal.Instant, timeZone = newYork) {
  const expansion = expandSeries(rrule, start, timeZone);
  if (!expansion.ok) throw new Error(`${rrule}: ${expansion.message}`);
  return expansion.occurrences;
}

describe('expanding a series', () => {
  it('keeps 09:00 local across the March change (every 2 weeks, 6 times)', () => {
    const visits = occurrencesOf('FREQ=WEEKLY;INTERVAL=2;COUNT=6', at('2026-03-02T09:00'));
    expect(visits.map((visit) => visit.toString({ timeZoneName: 'never' }))).toEqual([
      '2026-03-02T09:00:00-05:00',
      '2026-03-16T09:00:00-04:00',
      '2026-03-30T09:00:00-04:00',
      '2026-04-13T09:00:00-04:00',
      '2026-04-27T09:00:00-04:00',
      '2026-05-11T09:00:00-04:00',
    ]);
  });

  it('keeps wall-clock time across the November change and ends at UNTIL', () => {
    const visits = occurrencesOf('RRULE:FREQ=WEEKLY;UNTIL=20261110T000000Z', at('2026-10-26T15:30'));
    expect(visits.map((visit) => visit.toString({ timeZoneName: 'never' }))).toEqual([
      '2026-10-26T15:30:00-04:00',
      '2026-11-02T15:30:00-05:00',
      '2026-11-09T15:30:00-05:00',
    ]);
  });

  it('refuses unbounded, over-long, sub-daily and malformed rules, naming the field', () => {
    const start = at('2026-03-02T09:00');
    const refused = (rrule: string) => {
      const expansion = expandSeries(rrule, start, newYork);
      return expansion.ok ? undefined : expansion.path;
    };
    expect(refused('FREQ=WEEKLY')).toBe('rrule');
    expect(refused('FREQ=WEEKLY;COUNT=53')).toBe('rrule');
    expect(refused('FREQ=WEEKLY;COUNT=0')).toBe('rrule');
    expect(refused('FREQ=DAILY;UNTIL=20290101T000000Z')).toBe('rrule');
    expect(refused('FREQ=MONTHLY;COUNT=30')).toBe('rrule');
    expect(refused('FREQ=WEEKLY;COUNT=3;UNTIL=20260401T000000Z')).toBe('rrule');
    expect(refused('FREQ=HOURLY;COUNT=3')).toBe('rrule');
    expect(refused('FREQ=FORTNIGHTLY;COUNT=3')).toBe('rrule');
    expect(refused('COUNT=3')).toBe('rrule');
    expect(refused('FREQ=DAILY;UNTIL=20280301T000000Z')).toBe('rrule');
    // Monday start, Tuesday rule: the first visit would not be `start`.
    expect(refused('FREQ=WEEKLY;BYDAY=TU;COUNT=3')).toBe('start');
    // UNTIL before the first visit leaves nothing to book.
    expect(refused('FREQ=WEEKLY;UNTIL=20260101T000000Z')).toBe('rrule');
  });

  it('accepts a weekly series for two years, and nothing longer', () => {
    const visits = occurrencesOf('FREQ=WEEKLY;UNTIL=20280302T140000Z', at('2026-03-02T09:00'));
    expect(visits).toHaveLength(maxSeriesOccurrences);
    expect(expandSeries('FREQ=WEEKLY;UNTIL=20280302T140001Z', at('2026-03-02T09:00'), newYork).ok).toBe(
      false,
    );
  });

  it('finds a series colliding with itself', () => {
    const visits = occurrencesOf('FREQ=DAILY;BYHOUR=9,10;BYMINUTE=0;COUNT=4', at('2026-03-02T09:00'));
    expect(selfOverlap(visits, 90)?.hour).toBe(10);
    expect(selfOverlap(visits, 60)).toBeUndefined();
  });
});

const zones = ['America/New_York', 'Europe/London', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Tokyo'];

describe('expansion properties', () => {
  it('weekly rules keep the first visit’s local time and weekday, and give exactly COUNT visits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 6 * 366 }),
        // Clinic hours: never inside a DST gap (those are between midnight and 03:00).
        fc.integer({ min: 7 * 60, max: 19 * 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 26 }),
        (timeZone, dayOffset, minuteOfDay, interval, count) => {
          const date = Temporal.PlainDate.from('2024-01-01').add({ days: dayOffset });
          const first = date.toZonedDateTime({
            timeZone,
            plainTime: Temporal.PlainTime.from({
              hour: Math.floor(minuteOfDay / 60),
              minute: minuteOfDay % 60,
            }),
          });
          const visits = occurrencesOf(
            `FREQ=WEEKLY;INTERVAL=${interval};COUNT=${count}`,
            first.toInstant(),
            timeZone,
          );
          expect(visits).toHaveLength(count);
          visits.forEach((visit, index) => {
            expect(visit.toPlainTime().equals(first.toPlainTime())).toBe(true);
            expect(visit.toPlainDate().equals(first.toPlainDate().add({ weeks: index * interval }))).toBe(
              true,
            );
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never returns an unbounded or over-long series', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
        fc.integer({ min: 1, max: 30 }),
        fc.option(fc.integer({ min: 1, max: 120 })),
        (freq, interval, count) => {
          const rrule = `FREQ=${freq};INTERVAL=${interval}${count === null ? '' : `;COUNT=${count}`}`;
          const start = at('2026-03-02T09:00');
          const expansion = expandSeries(rrule, start, newYork);
          if (!expansion.ok) return;
          expect(expansion.occurrences.length).toBeLessThanOrEqual(52);
          const last = expansion.occurrences.at(-1);
          expect(
            last &&
              Temporal.Instant.compare(
                last.toInstant(),
                start.toZonedDateTimeISO(newYork).add({ years: 2 }).toInstant(),
              ),
          ).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
