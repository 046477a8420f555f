import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Appointment } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';

/** POST /appointments/:id/cancel for each visit, one after another, all with the same reason. */
export function useCancelVisits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ ids, reason }: { ids: readonly string[]; reason: string }) => {
      for (const id of ids) {
        await apiRequest(`/api/v1/appointments/${encodeURIComponent(id)}/cancel`, Appointment, {
          method: 'POST',
          body: { reason },
        });
      }
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
