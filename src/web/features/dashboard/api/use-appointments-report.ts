import { skipToken, useQuery } from '@tanstack/react-query';
import { type AppointmentGrouping, AppointmentsReport } from '../../../../shared/reports.ts';
import { apiRequest } from '../../../api/api-client.ts';
import type { DateRange } from '../report-filters.ts';
import { dashboardQueryKeys, reportQueryOptions } from './dashboard-query-keys.ts';
import { reportPaths } from './report-paths.ts';

export function useAppointmentsReport(period: DateRange | null, groupBy: AppointmentGrouping) {
  return useQuery({
    queryKey: dashboardQueryKeys.report('appointments', { ...period, groupBy }),
    // No period yet (a custom one half typed): nothing to ask for.
    queryFn: period
      ? ({ signal }) => apiRequest(reportPaths.appointments(period, groupBy), AppointmentsReport, { signal })
      : skipToken,
    ...reportQueryOptions,
  });
}
