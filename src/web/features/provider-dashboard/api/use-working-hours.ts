import { useQuery } from '@tanstack/react-query';
import { WorkingHours } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { providerKeys, providerPath } from './provider-dashboard-query-keys.ts';

/** GET /providers/:id/working-hours: the weekly pattern, Monday first. */
export function useWorkingHours(providerId: string) {
  return useQuery({
    queryKey: providerKeys.workingHours(providerId),
    queryFn: ({ signal }) => apiRequest(providerPath(providerId, '/working-hours'), WorkingHours, { signal }),
  });
}
