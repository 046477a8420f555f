import { useMutation, useQueryClient } from '@tanstack/react-query';
import { WorkingHours, type WorkingInterval } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';
import { providerPath } from './provider-path.ts';

/** PUT /providers/:id/working-hours: replaces the whole week at once. */
export function useReplaceWorkingHours(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (intervals: WorkingInterval[]) =>
      apiRequest(providerPath(providerId, '/working-hours'), WorkingHours, {
        method: 'PUT',
        body: intervals,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(catalogQueryKeys.workingHours(providerId), saved);
      // Open slots and the appointment book's shading follow working hours.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.schedules }),
      ]);
    },
  });
}
