import { useQueries } from '@tanstack/react-query';
import { WorkingHours } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { scheduleStaleTime } from './book-query-keys.ts';

type Week = { weekday: number; start: string; end: string }[];

// Module-level, so TanStack Query keeps the combined array (structurally shared) between renders.
const combineWeeks = (results: { data?: Week | undefined; isPending: boolean }[]) => ({
  weeks: results.map((result) => result.data ?? []),
  pending: results.some((result) => result.isPending),
});

/** GET /providers/:id/working-hours for each provider shown, in the order of `providerIds`. */
export function useWorkingHours(providerIds: readonly string[]) {
  return useQueries({
    queries: providerIds.map((providerId) => ({
      queryKey: catalogQueryKeys.workingHours(providerId),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest(`/api/v1/providers/${encodeURIComponent(providerId)}/working-hours`, WorkingHours, {
          signal,
        }),
      staleTime: scheduleStaleTime,
    })),
    combine: combineWeeks,
  });
}
