import { useQuery } from '@tanstack/react-query';
import { Appointment } from '../../../../../shared/scheduling.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';

export function appointmentPath(id: string, suffix = ''): string {
  return `/api/v1/appointments/${encodeURIComponent(id)}${suffix}`;
}

/**
 * GET /appointments/:id, to name who stands in the way of a booking. Under the appointments
 * key, so any booking or status change refreshes it. A hold another desk is still filling in
 * is no appointment yet: that answers 404, which is not worth retrying.
 */
export function useAppointment(id: string | undefined) {
  return useQuery({
    queryKey: [...appointmentQueryKeys.all, 'detail', id ?? ''] as const,
    queryFn: ({ signal }) => apiRequest(appointmentPath(id ?? ''), Appointment, { signal }),
    enabled: id !== undefined,
    retry: false,
  });
}
