import { describe, expect, it } from 'vitest';
import { ageOn, formatCalendarDate, todayIn } from './patient-dates.ts';

describe('formatCalendarDate', () => {
  it('writes the date in the clinic locale order', () => {
    expect(formatCalendarDate('1985-03-02', 'en-US')).toBe('03/02/1985');
    expect(formatCalendarDate('1985-03-02', 'pt-BR')).toBe('02/03/1985');
  });

  it('never moves a date to the day before, whatever the zone', () => {
    expect(formatCalendarDate('2000-01-01', 'en-GB')).toBe('01/01/2000');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatCalendarDate('soon', 'en-US')).toBe('soon');
  });
});

describe('todayIn', () => {
  it('is the date in the given zone, not the browser one', () => {
    const instant = new Date('2026-03-08T02:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-03-08');
    expect(todayIn('America/Sao_Paulo', instant)).toBe('2026-03-07');
    expect(todayIn('Asia/Tokyo', new Date('2026-03-07T16:00:00Z'))).toBe('2026-03-08');
  });
});

describe('ageOn', () => {
  it('counts completed years', () => {
    expect(ageOn('1985-03-02', '2026-03-01')).toBe(40);
    expect(ageOn('1985-03-02', '2026-03-02')).toBe(41);
    expect(ageOn('1985-03-02', '2026-12-31')).toBe(41);
  });

  it('ages someone born on 29 February on 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('is undefined for a date in the future or not a date', () => {
    expect(ageOn('2030-01-01', '2026-01-01')).toBeUndefined();
    expect(ageOn('', '2026-01-01')).toBeUndefined();
  });
});
