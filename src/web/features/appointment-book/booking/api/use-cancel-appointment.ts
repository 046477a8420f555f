import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Appointment } from '../../../../../shared/scheduling.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';
import { appointmentPath } from './use-appointment.ts';

/** POST /appointments/:id/cancel with the reason; frees the slot. */
export function useCancelAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string | null }) =>
      apiRequest(appointmentPath(id, '/cancel'), Appointment, { method: 'POST', body: { reason } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
