import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ProviderSchedule, ProviderScheduleList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { scheduleStaleTime } from './book-query-keys.ts';

// Module-level, so TanStack Query keeps the same map until the data changes.
const byProvider = (list: { items: ProviderSchedule[] }) =>
  new Map(list.items.map((schedule) => [schedule.providerId, schedule]));

/**
 * GET /provider-schedules: every active provider's week and time off for the dates shown, in
 * one request that needs nothing else first (a request per provider had to wait for the
 * provider list, and queued ten deep behind it).
 */
export const providerSchedulesQuery = (range: { from: string; to: string }) =>
  queryOptions({
    queryKey: catalogQueryKeys.scheduleRange(range.from, range.to),
    queryFn: ({ signal }) =>
      apiRequest(
        `/api/v1/provider-schedules?from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`,
        ProviderScheduleList,
        { signal },
      ),
    staleTime: scheduleStaleTime,
  });

export function useProviderSchedules(
  range: { from: string; to: string },
  options: { enabled?: boolean } = {},
) {
  return useQuery({ ...providerSchedulesQuery(range), select: byProvider, enabled: options.enabled ?? true });
}
