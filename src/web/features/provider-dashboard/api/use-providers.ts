import { useQuery } from '@tanstack/react-query';
import { ProviderList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { providerKeys } from './provider-dashboard-query-keys.ts';

/** GET /providers with the inactive ones too: staff see `userId`, which says whose login is whose. */
export function useProviders() {
  return useQuery({
    queryKey: providerKeys.list(),
    queryFn: ({ signal }) => apiRequest('/api/v1/providers?includeInactive=true', ProviderList, { signal }),
  });
}
