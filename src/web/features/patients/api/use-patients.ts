import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { PatientList } from '../../../../shared/patients.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';
import { patientKeys } from './patient-query-keys.ts';

export type PatientsQuery = {
  /** Search text; empty lists everyone alphabetically, a page at a time. */
  q: string;
  includeArchived?: boolean;
  limit?: number;
  enabled?: boolean;
};

/**
 * GET /patients: ranked search results for `q` (one page), or the alphabetical list with
 * `nextCursor`. The previous results stay on screen while the next search runs.
 */
export function usePatients({ q, includeArchived = false, limit = 50, enabled = true }: PatientsQuery) {
  const query = q.trim();
  return useInfiniteQuery({
    queryKey: patientKeys.list({ q: query, includeArchived, limit }),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(
        apiUrl('/api/v1/patients', {
          q: query,
          includeArchived: includeArchived ? 'true' : undefined,
          limit,
          cursor: pageParam,
        }),
        PatientList,
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    // Search results go stale quickly: another desk may have just registered someone.
    staleTime: 5_000,
    enabled,
  });
}
