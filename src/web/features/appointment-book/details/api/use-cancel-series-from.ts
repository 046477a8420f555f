import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AppointmentSeries } from '../../../../../shared/recurring.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';
import { seriesPath } from './use-appointment-series.ts';

type CancelFrom = { seriesId: string; fromAppointmentId: string; reason: string | null };

/** POST /appointment-series/:id/cancel from one visit on: it and every later one still ahead. */
export function useCancelSeriesFrom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ seriesId, fromAppointmentId, reason }: CancelFrom) =>
      apiRequest(seriesPath(seriesId, '/cancel'), AppointmentSeries, {
        method: 'POST',
        body: { fromAppointmentId, reason },
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
