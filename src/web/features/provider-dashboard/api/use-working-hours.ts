import { useQuery } from '@tanstack/react-query';
import { WorkingHours } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { providerPath } from './provider-path.ts';

/** GET /providers/:id/working-hours: the weekly pattern, Monday first. */
export function useWorkingHours(providerId: string) {
  return useQuery({
    queryKey: catalogQueryKeys.workingHours(providerId),
    queryFn: ({ signal }) => apiRequest(providerPath(providerId, '/working-hours'), WorkingHours, { signal }),
  });
}
