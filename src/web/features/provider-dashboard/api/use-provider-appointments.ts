import { queryOptions, useQuery } from '@tanstack/react-query';
import { AppointmentList, type AppointmentListItem } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';

export type ProviderAppointmentsQuery = {
  providerId: string;
  /** Clinic-local dates (YYYY-MM-DD), both days included. */
  from: string;
  to: string;
};

// The API's largest page: a day usually fits one request, and a busier one takes more.
const pageSize = 500;

/**
 * GET /appointments for one provider and a range of days, every page of it. Keyed under the
 * appointment book's root, so a booking, a status change or a live event elsewhere refreshes
 * this list as well.
 */
export const providerAppointmentsQuery = ({ providerId, from, to }: ProviderAppointmentsQuery) =>
  queryOptions({
    queryKey: appointmentQueryKeys.range(from, to, { providerId, view: 'provider-dashboard' }),
    queryFn: async ({ signal }) => {
      const items: AppointmentListItem[] = [];
      let cursor: string | undefined;
      do {
        const page = await apiRequest(
          apiUrl('/api/v1/appointments', { from, to, providerId, limit: pageSize, cursor }),
          AppointmentList,
          { signal },
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });

export function useProviderAppointments(query: ProviderAppointmentsQuery) {
  return useQuery(providerAppointmentsQuery(query));
}
