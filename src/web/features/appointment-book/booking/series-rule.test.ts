import { describe, expect, it } from 'vitest';
import { repeatOff, seriesRuleOf } from './series-rule.ts';

describe('seriesRuleOf', () => {
  it('is null while repeating is off or incomplete', () => {
    expect(seriesRuleOf(repeatOff, 'America/Sao_Paulo')).toBeNull();
    expect(seriesRuleOf({ ...repeatOff, on: true, count: 1 }, 'America/Sao_Paulo')).toBeNull();
    expect(seriesRuleOf({ ...repeatOff, on: true, count: 53 }, 'America/Sao_Paulo')).toBeNull();
    expect(
      seriesRuleOf({ ...repeatOff, on: true, ends: 'until', until: '' }, 'America/Sao_Paulo'),
    ).toBeNull();
  });

  it('repeats every N weeks or months for a number of visits', () => {
    expect(seriesRuleOf({ ...repeatOff, on: true, every: 2, count: 6 }, 'Europe/Lisbon')).toBe(
      'FREQ=WEEKLY;INTERVAL=2;COUNT=6',
    );
    expect(seriesRuleOf({ ...repeatOff, on: true, unit: 'month', count: 4 }, 'Europe/Lisbon')).toBe(
      'FREQ=MONTHLY;INTERVAL=1;COUNT=4',
    );
  });

  it('ends at the close of the chosen local day, written in UTC', () => {
    const rule = seriesRuleOf(
      { ...repeatOff, on: true, ends: 'until', until: '2027-03-10' },
      'America/Sao_Paulo',
    );
    expect(rule).toBe('FREQ=WEEKLY;INTERVAL=1;UNTIL=20270311T025959Z');
  });
});
