import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { presetRange, readReportFilters, validDate, withChanges } from './report-filters.ts';

// Wednesday 18 March 2026.
const today = Temporal.PlainDate.from('2026-03-18');

describe('report period presets', () => {
  it('cover the week from Monday, the month, the last month and the year', () => {
    expect(presetRange('this-week', today)).toEqual({ from: '2026-03-16', to: '2026-03-22' });
    expect(presetRange('this-month', today)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(presetRange('last-month', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('this-year', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('handle a Monday, a Sunday, January and leap years', () => {
    expect(presetRange('this-week', Temporal.PlainDate.from('2026-03-16')).from).toBe('2026-03-16');
    expect(presetRange('this-week', Temporal.PlainDate.from('2026-03-22')).from).toBe('2026-03-16');
    expect(presetRange('last-month', Temporal.PlainDate.from('2026-01-31'))).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(presetRange('last-month', Temporal.PlainDate.from('2028-03-31')).to).toBe('2028-02-29');
  });
});

describe('report filters from the URL', () => {
  it('fall back to this month, production by provider and balances as of today', () => {
    expect(readReportFilters(new URLSearchParams(), today)).toEqual({
      preset: 'this-month',
      period: { from: '2026-03-01', to: '2026-03-31' },
      customFrom: '',
      customTo: '',
      toBeforeFrom: false,
      tab: 'production',
      productionGroupBy: 'provider',
      appointmentsGroupBy: 'provider',
      asOf: '2026-03-18',
    });
  });

  it('read a custom period, the tab, the grouping and the aging date', () => {
    const filters = readReportFilters(
      new URLSearchParams(
        'period=custom&from=2026-02-10&to=2026-03-05&report=appointments&groupBy=status&asOf=2026-01-31',
      ),
      today,
    );
    expect(filters).toMatchObject({
      preset: 'custom',
      period: { from: '2026-02-10', to: '2026-03-05' },
      tab: 'appointments',
      // Production cannot be grouped by status: its table keeps its default.
      productionGroupBy: 'provider',
      appointmentsGroupBy: 'status',
      asOf: '2026-01-31',
    });
  });

  it('hold no period while a custom one is incomplete or ends before it starts', () => {
    const backwards = readReportFilters(
      new URLSearchParams('period=custom&from=2026-03-05&to=2026-03-01'),
      today,
    );
    expect(backwards).toMatchObject({ period: null, toBeforeFrom: true });
    const missing = readReportFilters(new URLSearchParams('period=custom&from=2026-03-05'), today);
    expect(missing).toMatchObject({ period: null, toBeforeFrom: false, customFrom: '2026-03-05' });
  });

  it('ignore values that are not what they claim', () => {
    const filters = readReportFilters(
      new URLSearchParams('period=fortnight&report=secrets&groupBy=colour&asOf=2026-02-30'),
      today,
    );
    expect(filters).toMatchObject({ preset: 'this-month', tab: 'production', asOf: '2026-03-18' });
    expect(validDate('2026-02-30')).toBeNull();
    expect(validDate('18/03/2026')).toBeNull();
  });

  it('change only the parameters given, removing emptied ones', () => {
    const next = withChanges(new URLSearchParams('period=custom&from=2026-03-01&tab=x'), {
      preset: 'this-week',
      from: undefined,
      groupBy: 'day',
    });
    expect(next.toString()).toBe('period=this-week&tab=x&groupBy=day');
  });
});
