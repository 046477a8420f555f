import { skipToken, useQuery } from '@tanstack/react-query';
import { PatientsReport } from '../../../../shared/reports.ts';
import { apiRequest } from '../../../api/api-client.ts';
import type { DateRange } from '../report-filters.ts';
import { dashboardQueryKeys, reportQueryOptions } from './dashboard-query-keys.ts';
import { reportPaths } from './report-paths.ts';

export function usePatientsReport(period: DateRange | null) {
  return useQuery({
    queryKey: dashboardQueryKeys.report('patients', { ...period }),
    // No period yet (a custom one half typed): nothing to ask for.
    queryFn: period
      ? ({ signal }) => apiRequest(reportPaths.patients(period), PatientsReport, { signal })
      : skipToken,
    ...reportQueryOptions,
  });
}
