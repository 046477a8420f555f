import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Appointment, type BookAppointmentInput } from '../../../../../shared/scheduling.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';

export type BookAttempt = { input: BookAppointmentInput; idempotencyKey: string };

/**
 * POST /appointments. The caller makes one Idempotency-Key per attempt, so a request the
 * network lost and the browser repeats books once, while a new click after a 409 is a new try.
 */
export function useBookAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: BookAttempt) =>
      apiRequest('/api/v1/appointments', Appointment, {
        method: 'POST',
        body: input,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
