import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { cellStates, timeOffRangesOn, workingRangesOn } from './cell-availability.ts';
import { buildTimeAxis } from './time-axis.ts';

// 08:00–10:00 in 30-minute rows: 08:00, 08:30, 09:00, 09:30.
const axis = buildTimeAxis([{ start: 480, end: 600 }], 30);
const none = { working: [], timeOff: [], holiday: false, booked: [] };

describe('cell states', () => {
  it('opens only cells wholly inside a working interval', () => {
    const states = cellStates(axis, { ...none, working: [{ start: 500, end: 560 }] });
    expect(states.map((state) => state.open)).toEqual([false, true, false, false]);
    expect(states[0]).toEqual({ open: false, block: 'closed' });
  });

  it('blocks time off and booked time, booked first', () => {
    const states = cellStates(axis, {
      ...none,
      working: [{ start: 480, end: 600 }],
      timeOff: [{ start: 520, end: 560 }],
      booked: [{ start: 550, end: 560 }],
    });
    expect(states.map((state) => state.block)).toEqual([null, 'timeOff', 'booked', null]);
    expect(states.map((state) => state.open)).toEqual([true, false, false, true]);
  });

  it('closes a holiday all day, even in working hours', () => {
    const states = cellStates(axis, { ...none, working: [{ start: 480, end: 600 }], holiday: true });
    expect(states.every((state) => !state.open && state.block === 'holiday')).toBe(true);
  });

  it('takes the working intervals of the date’s ISO weekday', () => {
    const hours = [
      { weekday: 3, start: '08:00', end: '12:00' },
      { weekday: 3, start: '13:00', end: '24:00' },
      { weekday: 4, start: '09:00', end: '17:00' },
    ];
    expect(workingRangesOn(hours, Temporal.PlainDate.from('2026-03-18'))).toEqual([
      { start: 480, end: 720 },
      { start: 780, end: 1440 },
    ]);
    expect(workingRangesOn(hours, Temporal.PlainDate.from('2026-03-22'))).toEqual([]);
  });

  it('clips time off to the day, in its wall-clock minutes', () => {
    const timeZone = 'America/New_York';
    const timeOff = [
      { start: '2026-03-17T20:00:00-04:00', end: '2026-03-18T10:00:00-04:00' },
      { start: '2026-03-18T15:00:00-04:00', end: '2026-03-18T16:30:00-04:00' },
      { start: '2026-03-19T09:00:00-04:00', end: '2026-03-19T10:00:00-04:00' },
    ];
    expect(timeOffRangesOn(timeOff, Temporal.PlainDate.from('2026-03-18'), timeZone)).toEqual([
      { start: 0, end: 600 },
      { start: 900, end: 990 },
    ]);
  });
});
