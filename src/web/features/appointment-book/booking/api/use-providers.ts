import { useQuery } from '@tanstack/react-query';
import { ProviderList } from '../../../../../shared/scheduling.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { catalogQueryKeys } from './catalog-query-keys.ts';

/** GET /providers: the active providers, for the drawer's provider field and its sentences. */
export function useProviders() {
  return useQuery({
    queryKey: catalogQueryKeys.providers,
    queryFn: ({ signal }) => apiRequest('/api/v1/providers', ProviderList, { signal }),
    select: (list) => list.items,
    staleTime: 60_000,
  });
}
