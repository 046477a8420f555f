import { describe, expect, it } from 'vitest';
import {
  addRow,
  drawable,
  paintRows,
  sameWeek,
  toEditable,
  toPayload,
  weeklyMinutes,
} from './editable-intervals.ts';

const week = toEditable([
  { weekday: 1, start: '08:00', end: '12:00' },
  { weekday: 1, start: '13:00', end: '18:00' },
  { weekday: 3, start: '08:00', end: '18:00' },
]);

describe('the exact editor’s lines', () => {
  it('keeps lines being typed out of the grid and out of a stroke', () => {
    const typing = [...week, { key: 'typing', weekday: 3, start: '19:', end: '' }];
    expect(drawable(typing)).toEqual(toPayload(week));
    // Wednesday afternoon off: the half-typed line stays as it was.
    const painted = paintRows(typing, 3, 13 * 60, 18 * 60, false);
    expect(toPayload(painted)).toEqual([
      { weekday: 1, start: '08:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '18:00' },
      { weekday: 3, start: '19:', end: '' },
      { weekday: 3, start: '08:00', end: '13:00' },
    ]);
  });

  it('joins a filled lunch break into one line', () => {
    const painted = paintRows(week, 1, 12 * 60, 13 * 60, true);
    expect(toPayload(painted).filter((row) => row.weekday === 1)).toEqual([
      { weekday: 1, start: '08:00', end: '18:00' },
    ]);
  });

  it('adds a line after the day’s last one, or a working day on a day off', () => {
    const added = addRow(week, 1);
    expect(toPayload(added)[2]).toEqual({ weekday: 1, start: '18:00', end: '19:00' });
    const tuesday = addRow(week, 2);
    expect(toPayload(tuesday)[2]).toEqual({ weekday: 2, start: '09:00', end: '17:00' });
    const late = toEditable([{ weekday: 5, start: '08:00', end: '23:30' }]);
    expect(toPayload(addRow(late, 5))[1]).toEqual({ weekday: 5, start: '', end: '' });
  });

  it('tells an edit from the saved week whatever the order, and totals the hours', () => {
    expect(sameWeek([...week].reverse(), toPayload(week))).toBe(true);
    expect(sameWeek(paintRows(week, 1, 12 * 60, 13 * 60, true), toPayload(week))).toBe(false);
    expect(weeklyMinutes(week)).toBe((4 + 5 + 10) * 60);
  });
});
