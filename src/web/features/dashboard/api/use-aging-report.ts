import { useInfiniteQuery } from '@tanstack/react-query';
import { AgingReport } from '../../../../shared/reports.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { dashboardQueryKeys, reportQueryOptions } from './dashboard-query-keys.ts';
import { reportPaths } from './report-paths.ts';

/** Accounts with a balance as of a date, a page at a time; the totals cover all of them. */
export function useAgingReport(asOf: string) {
  return useInfiniteQuery({
    queryKey: dashboardQueryKeys.report('aging', { asOf }),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(reportPaths.aging(asOf, { limit: 50, cursor: pageParam }), AgingReport, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    ...reportQueryOptions,
  });
}
