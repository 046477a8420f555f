import { skipToken, useQuery } from '@tanstack/react-query';
import { type ProductionGrouping, ProductionReport } from '../../../../shared/reports.ts';
import { apiRequest } from '../../../api/api-client.ts';
import type { DateRange } from '../report-filters.ts';
import { dashboardQueryKeys, reportQueryOptions } from './dashboard-query-keys.ts';
import { reportPaths } from './report-paths.ts';

export function useProductionReport(period: DateRange | null, groupBy: ProductionGrouping) {
  return useQuery({
    queryKey: dashboardQueryKeys.report('production', { ...period, groupBy }),
    // No period yet (a custom one half typed): nothing to ask for.
    queryFn: period
      ? ({ signal }) => apiRequest(reportPaths.production(period, groupBy), ProductionReport, { signal })
      : skipToken,
    ...reportQueryOptions,
  });
}
