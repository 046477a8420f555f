import { useQuery } from '@tanstack/react-query';
import { TimeOffList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { providerPath } from './provider-path.ts';

/** GET /providers/:id/time-off, in start order. */
export function useTimeOff(providerId: string) {
  return useQuery({
    queryKey: catalogQueryKeys.timeOff(providerId),
    queryFn: ({ signal }) => apiRequest(providerPath(providerId, '/time-off'), TimeOffList, { signal }),
  });
}
