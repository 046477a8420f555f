import { useQuery } from '@tanstack/react-query';
import { TimeOffList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { providerKeys, providerPath } from './provider-dashboard-query-keys.ts';

/** GET /providers/:id/time-off, in start order. */
export function useTimeOff(providerId: string) {
  return useQuery({
    queryKey: providerKeys.timeOff(providerId),
    queryFn: ({ signal }) => apiRequest(providerPath(providerId, '/time-off'), TimeOffList, { signal }),
  });
}
