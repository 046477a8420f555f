import { useInfiniteQuery } from '@tanstack/react-query';
import { AuditEventPage } from '../../../../shared/audit.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';

export type AuditFilters = { actorId?: string; patientId?: string; from?: string; to?: string };

/** The audit trail, newest first, a page at a time. */
export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-events', filters],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(
        apiUrl('/api/v1/audit-events', { ...filters, limit: 50, cursor: pageParam }),
        AuditEventPage,
        {
          signal,
        },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // The trail only grows; a filter change starts from the newest again.
    staleTime: 0,
  });
}
