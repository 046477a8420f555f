import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AppointmentSeries, type CreateAppointmentSeriesInput } from '../../../../../shared/recurring.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';

export type SeriesAttempt = { input: CreateAppointmentSeriesInput; idempotencyKey: string };

/**
 * POST /appointment-series: every visit of the rule or none (`409 series_conflict` lists the
 * clashing ones). One Idempotency-Key per attempt, as for a single booking.
 */
export function useBookSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: SeriesAttempt) =>
      apiRequest('/api/v1/appointment-series', AppointmentSeries, {
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
