import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  buildTimeAxis,
  instantAt,
  minutesOfLocalTime,
  rowInstants,
  rowOfMinute,
  rowStartMinute,
  wallClockMinutes,
  wallClockOf,
} from './time-axis.ts';

const newYork = 'America/New_York';

describe('the time axis', () => {
  it('covers the union of the ranges, widened to whole steps', () => {
    const axis = buildTimeAxis(
      [
        { start: minutesOfLocalTime('09:10'), end: minutesOfLocalTime('12:00') },
        { start: minutesOfLocalTime('13:00'), end: minutesOfLocalTime('17:50') },
        { start: minutesOfLocalTime('08:30'), end: minutesOfLocalTime('11:00') },
      ],
      15,
    );
    expect(axis).toEqual({ start: 510, end: 1080, step: 15, rows: 38 });
    expect(rowStartMinute(axis, 0)).toBe(510);
    expect(rowStartMinute(axis, 37)).toBe(1065);
  });

  it('falls back to 08:00–18:00 when nobody works, and stays within the day', () => {
    expect(buildTimeAxis([], 30)).toEqual({ start: 480, end: 1080, step: 30, rows: 20 });
    expect(buildTimeAxis([{ start: 0, end: 1440 }], 60)).toEqual({ start: 0, end: 1440, step: 60, rows: 24 });
    expect(buildTimeAxis([{ start: 1430, end: 1440 }], 45).end).toBe(1440);
  });

  it('finds the row of a minute, clamped to the axis', () => {
    const axis = buildTimeAxis([{ start: 540, end: 600 }], 15);
    expect([500, 540, 554, 555, 599, 700].map((minute) => rowOfMinute(axis, minute))).toEqual([
      0, 0, 0, 1, 3, 3,
    ]);
  });

  it('reads instants on the wall clock of the date, across the DST change', () => {
    const sunday = Temporal.PlainDate.from('2026-03-08'); // clocks go 02:00 → 03:00 in New York
    expect(wallClockMinutes(Date.parse('2026-03-08T14:00:00Z'), sunday, newYork)).toBe(10 * 60);
    expect(wallClockMinutes(Date.parse('2026-03-08T04:00:00Z'), sunday, newYork)).toBe(-60);
    expect(wallClockMinutes(Date.parse('2026-03-09T05:30:00Z'), sunday, newYork)).toBe(1440 + 90);
    expect(instantAt(sunday, 600, newYork)).toBe('2026-03-08T10:00:00-04:00');
    expect(instantAt(Temporal.PlainDate.from('2026-03-07'), 600, newYork)).toBe('2026-03-07T10:00:00-05:00');
    expect(instantAt(sunday, 1440, newYork)).toBe('2026-03-09T00:00:00-04:00');
  });

  it('gives every row its start instant', () => {
    const axis = buildTimeAxis([{ start: 540, end: 600 }], 30);
    expect(rowInstants(Temporal.PlainDate.from('2026-03-18'), axis, 'America/Sao_Paulo')).toEqual([
      '2026-03-18T09:00:00-03:00',
      '2026-03-18T09:30:00-03:00',
    ]);
  });

  it('reads a whole day of instants the same way, fast path or not', () => {
    for (const [text, timeZone] of [
      ['2026-03-08', newYork],
      ['2026-03-09', newYork],
      ['2026-11-01', newYork],
      ['2026-09-06', 'America/Santiago'],
      ['2026-03-18', 'Asia/Kolkata'],
    ] as const) {
      const date = Temporal.PlainDate.from(text);
      const clock = wallClockOf(date, timeZone);
      const midnight = date.toZonedDateTime({ timeZone }).epochMilliseconds;
      for (let hour = -3; hour < 28; hour += 0.25) {
        const epochMs = midnight + hour * 3_600_000;
        expect(clock(epochMs), `${text} ${timeZone} +${hour}h`).toBe(
          wallClockMinutes(epochMs, date, timeZone),
        );
      }
    }
  });
});
