import { useQueries } from '@tanstack/react-query';
import { type TimeOff, TimeOffList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { scheduleStaleTime } from './book-query-keys.ts';

// Until every provider's time off is in, none is shown: one redraw of the grid, not one a provider.
const combineTimeOff = (results: { data?: { items: TimeOff[] } | undefined; isPending: boolean }[]) =>
  results.some((result) => result.isPending) ? none : results.map((result) => result.data?.items ?? []);
const none: TimeOff[][] = [];

/**
 * GET /providers/:id/time-off for each provider shown, in the order of `providerIds`. `enabled`
 * lets the calendar ask only once the working hours it cannot draw without are in.
 */
export function useTimeOff(providerIds: readonly string[], options: { enabled?: boolean } = {}) {
  return useQueries({
    queries: providerIds.map((providerId) => ({
      enabled: options.enabled ?? true,
      queryKey: catalogQueryKeys.timeOff(providerId),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest(`/api/v1/providers/${encodeURIComponent(providerId)}/time-off`, TimeOffList, { signal }),
      staleTime: scheduleStaleTime,
    })),
    combine: combineTimeOff,
  });
}
