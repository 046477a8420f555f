import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Appointment, type AppointmentStatus } from '../../../../../shared/scheduling.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';
import { appointmentPath } from './use-appointment.ts';

/** POST /appointments/:id/status; a move the life cycle forbids is `409 invalid_transition`. */
export function useChangeAppointmentStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: AppointmentStatus }) =>
      apiRequest(appointmentPath(id, '/status'), Appointment, { method: 'POST', body: { status } }),
    // Also after a 409: the appointment changed elsewhere, and the book should show how.
    onSettled: () => queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all }),
  });
}
