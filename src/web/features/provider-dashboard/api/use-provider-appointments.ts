import { useQuery } from '@tanstack/react-query';
import { AppointmentList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';

export type ProviderAppointmentsQuery = {
  providerId: string;
  /** Clinic-local dates (YYYY-MM-DD), both days included. */
  from: string;
  to: string;
};

/**
 * GET /appointments for one provider and a range of days. Keyed under the appointment book's
 * root, so a booking, a status change or a live event elsewhere refreshes this list as well.
 */
export function useProviderAppointments({ providerId, from, to }: ProviderAppointmentsQuery) {
  return useQuery({
    queryKey: appointmentQueryKeys.range(from, to, { providerId, view: 'provider-dashboard' }),
    queryFn: ({ signal }) => {
      const query = new URLSearchParams({ from, to, providerId, limit: '500' });
      return apiRequest(`/api/v1/appointments?${query}`, AppointmentList, { signal });
    },
  });
}
