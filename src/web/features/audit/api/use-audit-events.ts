import { useInfiniteQuery } from '@tanstack/react-query';
import { type AuditEventFilters, AuditEventPage } from '../../../../shared/audit.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';

export type AuditFilters = AuditEventFilters;

export const auditQueryKey = ['audit-events'] as const;

/** The audit trail, newest first, a page at a time; nothing is asked while `enabled` is false. */
export function useAuditEvents(filters: AuditFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...auditQueryKey, 'list', filters],
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
    enabled,
    // The trail only grows; a filter change starts from the newest again.
    staleTime: 0,
  });
}
