import { useQuery } from '@tanstack/react-query';
import { AppointmentHistory } from '../../../../../shared/appointment-history.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';

/** GET /appointments/:id/history; under the appointments key, so every change refreshes it. */
export function useAppointmentHistory(id: string) {
  return useQuery({
    queryKey: [...appointmentQueryKeys.all, 'history', id] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/appointments/${encodeURIComponent(id)}/history`, AppointmentHistory, { signal }),
  });
}
