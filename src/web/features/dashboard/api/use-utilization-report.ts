import { skipToken, useQuery } from '@tanstack/react-query';
import { UtilizationReport } from '../../../../shared/reports.ts';
import { apiRequest } from '../../../api/api-client.ts';
import type { DateRange } from '../report-filters.ts';
import { dashboardQueryKeys, reportQueryOptions } from './dashboard-query-keys.ts';
import { reportPaths } from './report-paths.ts';

export function useUtilizationReport(period: DateRange | null) {
  return useQuery({
    queryKey: dashboardQueryKeys.report('utilization', { ...period }),
    // No period yet (a custom one half typed): nothing to ask for.
    queryFn: period
      ? ({ signal }) => apiRequest(reportPaths.utilization(period), UtilizationReport, { signal })
      : skipToken,
    ...reportQueryOptions,
  });
}
