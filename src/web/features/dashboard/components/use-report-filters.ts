import { useSearchParams } from 'react-router';
import { Temporal } from 'temporal-polyfill';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { type FilterChanges, type ReportFilters, readReportFilters, withChanges } from '../report-filters.ts';

/**
 * The report filters, kept in the address (period, dates, table, grouping, aging date), so that
 * a reload, Back or a shared link shows the same figures. Today is the clinic's today.
 */
export function useReportFilters(format: LocaleFormat): {
  filters: ReportFilters;
  update: (changes: FilterChanges) => void;
} {
  const [params, setParams] = useSearchParams();
  const today = Temporal.Now.plainDateISO(format.timeZone);
  return {
    filters: readReportFilters(params, today),
    // Replaced, not pushed: Back leaves the dashboard rather than stepping through filters.
    update: (changes) => setParams((current) => withChanges(current, changes), { replace: true }),
  };
}
