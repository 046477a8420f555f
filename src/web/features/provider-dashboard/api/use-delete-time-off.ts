import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';
import { providerPath } from './provider-path.ts';

/** DELETE /providers/:id/time-off/:timeOffId. */
export function useDeleteTimeOff(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (timeOffId: string) =>
      apiSend(providerPath(providerId, `/time-off/${encodeURIComponent(timeOffId)}`), { method: 'DELETE' }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.timeOff(providerId) }),
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.schedules }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
