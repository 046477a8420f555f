import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type WorkingInterval, workingIntervalsOn } from '../scheduling/availability.ts';
import { localDay } from '../scheduling/local-day.ts';
import { parseWallClockTime } from '../scheduling/wall-clock-time.ts';
import { mergeRanges, openTime, subtractRanges, workingRangesOn } from './open-time.ts';

const date = (text: string) => Temporal.PlainDate.from(text);
const instant = (text: string) => Temporal.Instant.from(text);
const hours = [
  ['00:00', '04:00'],
  ['01:00', '03:00'],
  ['00:30', '02:30'],
  ['09:00', '17:00'],
  ['23:00', '24:00'],
] as const;

describe('open time', () => {
  it('puts working hours on the clock exactly as the availability engine does, on DST days too', () => {
    const cases: [string, string[]][] = [
      ['America/New_York', ['2026-03-08', '2026-11-01', '2026-06-10']],
      // Brazil's old rules changed the clocks at midnight: 4 Nov 2018 began at 01:00, and
      // 16 Feb 2019 ended with 23:00–24:00 twice.
      ['America/Sao_Paulo', ['2018-11-04', '2019-02-16', '2019-02-17']],
      ['Australia/Lord_Howe', ['2026-04-05', '2026-10-04']],
    ];
    for (const [timeZone, dates] of cases) {
      for (const text of dates) {
        const day = date(text);
        for (const [start, end] of hours) {
          const workingHours: WorkingInterval[] = [
            { providerId: 'p', weekday: day.dayOfWeek as WorkingInterval['weekday'], start, end },
          ];
          const engine = workingIntervalsOn({ timeZone, date: day, providerId: 'p', workingHours }).map(
            (interval) => ({
              startMs: interval.start.epochMilliseconds,
              endMs: interval.end.epochMilliseconds,
            }),
          );
          const minutes = {
            startMinute: parseWallClockTime(start, { endOfDay: false }),
            endMinute: parseWallClockTime(end, { endOfDay: true }),
          };
          expect(
            workingRangesOn(localDay(day, timeZone), [minutes]),
            `${timeZone} ${text} ${start}–${end}`,
          ).toEqual(engine);
        }
      }
    }
  });

  it('counts real minutes: a midnight gap shortens the day, a repeated hour lengthens it', () => {
    const open = openTime({
      timeZone: 'America/Sao_Paulo',
      from: date('2018-11-03'),
      to: date('2019-02-16'),
      providerIds: ['night', 'late'],
      workingHours: [
        // Sundays 00:00–04:00: three hours on 4 Nov 2018, when 00:00 did not exist.
        { providerId: 'night', weekday: 7, start: '00:00', end: '04:00' },
        // Saturdays 23:00–24:00: two hours on 16 Feb 2019, when 23:00 came twice.
        { providerId: 'late', weekday: 6, start: '23:00', end: '24:00' },
      ],
      holidays: [],
      busy: [],
    });
    // 15 Sundays from 4 Nov 2018 to 10 Feb 2019, the first one hour short; 16 Saturdays from
    // 3 Nov 2018 to 16 Feb 2019, the last one hour long.
    expect(open.providerMinutes.get('night')).toBe(15 * 240 - 60);
    expect(open.providerMinutes.get('late')).toBe(16 * 60 + 60);
    expect(open.clinicMinutes).toBe(15 * 240 - 60 + 16 * 60 + 60);
  });

  it('takes out time off and holidays, and counts the clinic open while anyone works', () => {
    const open = openTime({
      timeZone: 'America/New_York',
      from: date('2026-06-08'),
      to: date('2026-06-10'),
      providerIds: ['a', 'b', 'idle'],
      workingHours: [1, 2, 3].flatMap((weekday) => [
        { providerId: 'a', weekday: weekday as WorkingInterval['weekday'], start: '09:00', end: '13:00' },
        { providerId: 'b', weekday: weekday as WorkingInterval['weekday'], start: '11:00', end: '15:00' },
      ]),
      holidays: [date('2026-06-09')],
      busy: [
        { providerId: 'a', start: instant('2026-06-10T13:30:00Z'), end: instant('2026-06-10T14:30:00Z') },
        // Time off of another day, and of no one listed, changes nothing.
        { providerId: 'b', start: instant('2026-06-09T15:00:00Z'), end: instant('2026-06-09T18:00:00Z') },
        { providerId: 'gone', start: instant('2026-06-08T00:00:00Z'), end: instant('2026-06-11T00:00:00Z') },
      ],
    });
    expect(open.providerMinutes).toEqual(
      new Map([
        ['a', 240 + 180],
        ['b', 240 + 240],
        ['idle', 0],
      ]),
    );
    // 09:00–15:00 on Monday; on Wednesday 09:00–09:30 and 10:30–15:00 (a's hour off, before b starts).
    expect(open.clinicMinutes).toBe(360 + 300);
  });

  it('subtracts and merges ranges', () => {
    const range = (startMs: number, endMs: number) => ({ startMs, endMs });
    expect(subtractRanges([range(0, 10), range(20, 30)], [range(5, 25)])).toEqual([
      range(0, 5),
      range(25, 30),
    ]);
    expect(subtractRanges([range(0, 10)], [range(2, 4), range(6, 8)])).toEqual([
      range(0, 2),
      range(4, 6),
      range(8, 10),
    ]);
    expect(subtractRanges([range(0, 10)], [range(-5, 15)])).toEqual([]);
    expect(mergeRanges([range(5, 8), range(0, 5), range(7, 12), range(20, 21)])).toEqual([
      range(0, 12),
      range(20, 21),
    ]);
  });
});
