import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { monthWeeks, parsePlainDate, shiftDate, todayIn, visibleRange, weekOf } from './calendar-dates.ts';

const date = (text: string) => Temporal.PlainDate.from(text);

describe('calendar dates', () => {
  it('reads only real dates from the address bar', () => {
    expect(parsePlainDate('2026-03-18')?.toString()).toBe('2026-03-18');
    expect(parsePlainDate('2026-02-30')).toBeUndefined();
    expect(parsePlainDate('18/03/2026')).toBeUndefined();
    expect(parsePlainDate(null)).toBeUndefined();
  });

  it('knows today where the clinic is', () => {
    const instant = Temporal.Instant.from('2026-03-19T02:30:00Z');
    expect(todayIn('America/New_York', instant).toString()).toBe('2026-03-18');
    expect(todayIn('Asia/Tokyo', instant).toString()).toBe('2026-03-19');
  });

  it('takes weeks from Monday to Sunday', () => {
    expect(weekOf(date('2026-03-18')).map(String)).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
    ]);
    expect(weekOf(date('2026-03-22'))[0]?.toString()).toBe('2026-03-16');
  });

  it('covers a month with whole weeks', () => {
    const weeks = monthWeeks(date('2026-03-18'));
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]?.toString()).toBe('2026-02-23');
    expect(weeks.at(-1)?.at(-1)?.toString()).toBe('2026-04-05');
    expect(monthWeeks(date('2027-02-10'))).toHaveLength(4);
    expect(visibleRange(date('2026-03-18'), 'month')).toEqual({
      from: date('2026-02-23'),
      to: date('2026-04-05'),
    });
    expect(visibleRange(date('2026-03-18'), 'day')).toEqual({
      from: date('2026-03-18'),
      to: date('2026-03-18'),
    });
  });

  it('steps by the view', () => {
    expect(shiftDate(date('2026-03-18'), 'day', 1).toString()).toBe('2026-03-19');
    expect(shiftDate(date('2026-03-18'), 'week', -1).toString()).toBe('2026-03-11');
    expect(shiftDate(date('2026-03-31'), 'month', -1).toString()).toBe('2026-02-28');
  });
});
