import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkingHours, type WorkingInterval } from '../../../../shared/scheduling.ts';
import {
  cellsToIntervals,
  clockOf,
  coverageOf,
  defaultGridShape,
  emptyCells,
  type GridShape,
  intervalsToCells,
  minutesOf,
  paintDay,
  rowCount,
  rowStartMinute,
} from './working-hours-grid.ts';

const shape = defaultGridShape;
const rows = rowCount(shape);

const weekCells = fc.array(fc.array(fc.boolean(), { minLength: rows, maxLength: rows }), {
  minLength: 7,
  maxLength: 7,
});

function withCells(cells: [number, number][]) {
  const week = emptyCells(shape);
  for (const [day, row] of cells) {
    const dayCells = week[day];
    if (dayCells) dayCells[row] = true;
  }
  return week;
}

describe('the weekly grid', () => {
  it('has 32 half-hour rows from 06:00 to 22:00', () => {
    expect(rows).toBe(32);
    expect(clockOf(rowStartMinute(shape, 0))).toBe('06:00');
    expect(clockOf(rowStartMinute(shape, rows - 1))).toBe('21:30');
  });

  it('reads and writes HH:MM, with 24:00 for the end of the day', () => {
    expect(minutesOf('08:30')).toBe(510);
    expect(minutesOf('24:00')).toBe(1440);
    expect(clockOf(1440)).toBe('24:00');
    expect(clockOf(65)).toBe('01:05');
  });

  it('makes one interval of each run of neighbouring cells', () => {
    // Monday 08:00–12:00 and 13:00–13:30; Sunday's last row ends at 22:00.
    const cells = withCells([
      ...[4, 5, 6, 7, 8, 9, 10, 11].map((row): [number, number] => [0, row]),
      [0, 14],
      [6, rows - 1],
    ]);
    expect(cellsToIntervals(cells, shape)).toEqual([
      { weekday: 1, start: '08:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '13:30' },
      { weekday: 7, start: '21:30', end: '22:00' },
    ]);
  });

  it('marks a cell only when it is wholly worked, and tells part-worked cells apart', () => {
    const hours: WorkingInterval[] = [
      { weekday: 2, start: '08:15', end: '09:00' },
      { weekday: 2, start: '09:00', end: '10:00' },
    ];
    const tuesday = coverageOf(hours, shape)[1] ?? [];
    // 08:00–08:30 is part-worked; 08:30–10:00 is covered, across the touching intervals.
    expect(tuesday.slice(4, 9)).toEqual(['partial', 'full', 'full', 'full', 'none']);
    expect(intervalsToCells(hours, shape)[1]?.slice(4, 9)).toEqual([false, true, true, true, false]);
  });

  it('round-trips any pattern of cells through intervals', () => {
    fc.assert(
      fc.property(weekCells, (cells) => {
        expect(intervalsToCells(cellsToIntervals(cells, shape), shape)).toEqual(cells);
      }),
    );
  });

  it('makes intervals the API accepts: valid times, in order, none overlapping', () => {
    fc.assert(
      fc.property(weekCells, (cells) => {
        const intervals = cellsToIntervals(cells, shape);
        // The API takes at most 70 intervals a week; a chequered grid can make more, and the
        // schema (which the editor checks before saving) must then refuse it, not pass it on.
        expect(WorkingHours.safeParse(intervals).success).toBe(intervals.length <= 70);
        const count = cells.flat().filter(Boolean).length;
        const minutes = intervals.reduce((sum, i) => sum + minutesOf(i.end) - minutesOf(i.start), 0);
        expect(minutes).toBe(count * shape.stepMinutes);
      }),
    );
  });

  it('round-trips any other grid shape too (15-minute rows over the whole day)', () => {
    const fine: GridShape = { startMinute: 0, endMinute: 24 * 60, stepMinutes: 15 };
    const fineCells = fc.array(fc.array(fc.boolean(), { minLength: 96, maxLength: 96 }), {
      minLength: 7,
      maxLength: 7,
    });
    fc.assert(
      fc.property(fineCells, (cells) => {
        const intervals = cellsToIntervals(cells, fine);
        expect(intervals.every((interval) => interval.end <= '24:00')).toBe(true);
        expect(intervalsToCells(intervals, fine)).toEqual(cells);
      }),
      { numRuns: 50 },
    );
  });
});

describe('painting a stroke', () => {
  const stroke = fc.record({
    day: fc.integer({ min: 0, max: 6 }),
    from: fc.integer({ min: 0, max: rows - 1 }),
    length: fc.integer({ min: 1, max: rows }),
    working: fc.boolean(),
  });

  it('changes the same cells as editing the cells themselves', () => {
    fc.assert(
      fc.property(weekCells, stroke, (cells, { day, from, length, working }) => {
        const to = Math.min(rows, from + length);
        const edited = cells.map((dayCells, index) =>
          index === day ? dayCells.map((cell, row) => (row >= from && row < to ? working : cell)) : dayCells,
        );
        const painted = paintDay(
          cellsToIntervals(cells, shape),
          day + 1,
          rowStartMinute(shape, from),
          rowStartMinute(shape, to),
          working,
        );
        expect(intervalsToCells(painted, shape)).toEqual(edited);
        // Valid whenever it is within the API's 70 intervals a week (a chequered week is not).
        expect(WorkingHours.safeParse(painted).success).toBe(painted.length <= 70);
      }),
    );
  });

  it('keeps times off the grid that the stroke does not touch', () => {
    const hours: WorkingInterval[] = [
      { weekday: 3, start: '05:00', end: '07:10' },
      { weekday: 3, start: '12:45', end: '23:15' },
      { weekday: 4, start: '08:00', end: '18:00' },
    ];
    // Wednesday afternoon off from 14:00.
    const freed = paintDay(hours, 3, 14 * 60, 22 * 60, false);
    expect(freed).toEqual([
      { weekday: 4, start: '08:00', end: '18:00' },
      { weekday: 3, start: '05:00', end: '07:10' },
      { weekday: 3, start: '12:45', end: '14:00' },
      { weekday: 3, start: '22:00', end: '23:15' },
    ]);
    // Filling the gap joins the pieces into one interval.
    expect(paintDay(freed, 3, 7 * 60, 13 * 60, true).filter((i) => i.weekday === 3)).toEqual([
      { weekday: 3, start: '05:00', end: '14:00' },
      { weekday: 3, start: '22:00', end: '23:15' },
    ]);
  });
});
