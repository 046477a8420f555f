import { useQuery } from '@tanstack/react-query';
import { AuditChainVerification } from '../../../../shared/audit.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { auditQueryKey } from './use-audit-events.ts';

/**
 * GET /audit-events/verification: the server walks the whole chain, which takes seconds once
 * the trail is long, so it runs only when the admin asks (`refetch`), never on opening the page;
 * the answer is kept for the visit.
 */
export function useAuditVerification() {
  return useQuery({
    enabled: false,
    queryKey: [...auditQueryKey, 'verification'],
    queryFn: ({ signal }) =>
      apiRequest('/api/v1/audit-events/verification', AuditChainVerification, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}
