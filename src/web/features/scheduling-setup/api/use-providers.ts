import { useQuery } from '@tanstack/react-query';
import { ProviderList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from './catalog-query-keys.ts';

/** GET /providers with the inactive ones and (for staff) the linked user. One page holds them. */
export function useProviders() {
  return useQuery({
    queryKey: catalogQueryKeys.allProviders,
    queryFn: ({ signal }) => apiRequest('/api/v1/providers?includeInactive=true', ProviderList, { signal }),
    select: (list) => list.items,
  });
}
