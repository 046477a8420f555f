import { Temporal } from 'temporal-polyfill';
import {
  type AppointmentGrouping,
  appointmentGroupings,
  type ProductionGrouping,
  productionGroupings,
} from '../../../shared/reports.ts';

export const periodPresets = ['this-week', 'this-month', 'last-month', 'this-year', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** The report tables the manager's home offers, one tab each. */
export const reportTabs = ['production', 'utilization', 'appointments', 'patients', 'aging'] as const;
export type ReportTab = (typeof reportTabs)[number];

/** Clinic-local dates, both included. */
export type DateRange = { from: string; to: string };

export type ReportFilters = {
  preset: PeriodPreset;
  /** Null while a custom period is not yet a period (a date missing, or `to` before `from`). */
  period: DateRange | null;
  /** The custom dates as typed, for the form. */
  customFrom: string;
  customTo: string;
  toBeforeFrom: boolean;
  tab: ReportTab;
  productionGroupBy: ProductionGrouping;
  appointmentsGroupBy: AppointmentGrouping;
  asOf: string;
};

const filterNames = ['preset', 'from', 'to', 'tab', 'groupBy', 'asOf'] as const;
type FilterName = (typeof filterNames)[number];

/** The URL search parameters the filters live in, so a reload or a shared link keeps them. */
export const filterParams: Record<FilterName, string> = {
  preset: 'period',
  from: 'from',
  to: 'to',
  tab: 'report',
  groupBy: 'groupBy',
  asOf: 'asOf',
};

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | null): value is T =>
    values.some((each) => each === value);

const isPreset = isOneOf(periodPresets);
const isTab = isOneOf(reportTabs);
const isProductionGrouping = isOneOf(productionGroupings);
const isAppointmentGrouping = isOneOf(appointmentGroupings);

/** A `YYYY-MM-DD` date that exists, or null. */
export function validDate(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

/** The dates a preset covers around `today` (weeks start on Monday, as ISO weeks do). */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, today: Temporal.PlainDate): DateRange {
  const range = (from: Temporal.PlainDate, to: Temporal.PlainDate) => ({
    from: from.toString(),
    to: to.toString(),
  });
  switch (preset) {
    case 'this-week': {
      const monday = today.subtract({ days: today.dayOfWeek - 1 });
      return range(monday, monday.add({ days: 6 }));
    }
    case 'this-month': {
      const first = today.with({ day: 1 });
      return range(first, first.add({ months: 1 }).subtract({ days: 1 }));
    }
    case 'last-month': {
      const first = today.with({ day: 1 }).subtract({ months: 1 });
      return range(first, first.add({ months: 1 }).subtract({ days: 1 }));
    }
    case 'this-year':
      return range(today.with({ month: 1, day: 1 }), today.with({ month: 12, day: 31 }));
  }
}

/**
 * The filters the URL holds, each falling back to its default: this month, the production
 * table grouped by provider, balances as of today.
 */
export function readReportFilters(params: URLSearchParams, today: Temporal.PlainDate): ReportFilters {
  const requestedPreset = params.get(filterParams.preset);
  const preset: PeriodPreset = isPreset(requestedPreset) ? requestedPreset : 'this-month';
  const customFrom = validDate(params.get(filterParams.from)) ?? '';
  const customTo = validDate(params.get(filterParams.to)) ?? '';
  const toBeforeFrom = customFrom !== '' && customTo !== '' && customTo < customFrom;
  const period =
    preset !== 'custom'
      ? presetRange(preset, today)
      : customFrom && customTo && !toBeforeFrom
        ? { from: customFrom, to: customTo }
        : null;
  const requestedTab = params.get(filterParams.tab);
  const groupBy = params.get(filterParams.groupBy);
  return {
    preset,
    period,
    customFrom,
    customTo,
    toBeforeFrom: preset === 'custom' && toBeforeFrom,
    tab: isTab(requestedTab) ? requestedTab : 'production',
    productionGroupBy: isProductionGrouping(groupBy) ? groupBy : 'provider',
    appointmentsGroupBy: isAppointmentGrouping(groupBy) ? groupBy : 'provider',
    asOf: validDate(params.get(filterParams.asOf)) ?? today.toString(),
  };
}

export type FilterChanges = Partial<Record<FilterName, string | undefined>>;

/** `params` with `changes` applied; an undefined or empty value removes its parameter. */
export function withChanges(params: URLSearchParams, changes: FilterChanges): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of filterNames) {
    if (!(name in changes)) continue;
    const value = changes[name];
    if (value) next.set(filterParams[name], value);
    else next.delete(filterParams[name]);
  }
  return next;
}
