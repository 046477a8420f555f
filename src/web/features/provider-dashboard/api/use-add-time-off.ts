import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateTimeOffInput, TimeOff } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';
import { providerPath } from './provider-path.ts';

/** POST /providers/:id/time-off. */
export function useAddTimeOff(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTimeOffInput) =>
      apiRequest(providerPath(providerId, '/time-off'), TimeOff, { method: 'POST', body: input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.timeOff(providerId) }),
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.schedules }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
