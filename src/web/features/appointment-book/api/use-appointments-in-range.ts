import { queryOptions, useQuery } from '@tanstack/react-query';
import { AppointmentList, type AppointmentListItem } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';
import { appointmentQueryKeys } from './appointment-query-keys.ts';

// The API's largest page: a busy clinic's day fits one request.
const pageSize = 500;

type Range = { from: string; to: string; providerId?: string | undefined };

/**
 * GET /appointments for clinic-local dates `from`–`to` (both included), every page of it,
 * with each patient's name and alerts (staff see them in the list itself).
 */
export const appointmentsInRangeQuery = (range: Range) =>
  queryOptions({
    queryKey: appointmentQueryKeys.range(range.from, range.to, { providerId: range.providerId }),
    queryFn: async ({ signal }) => {
      const items: AppointmentListItem[] = [];
      let cursor: string | undefined;
      do {
        const page = await apiRequest(
          apiUrl('/api/v1/appointments', { ...range, limit: pageSize, cursor }),
          AppointmentList,
          { signal },
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });

export function useAppointmentsInRange(range: Range, options: { enabled?: boolean } = {}) {
  return useQuery({ ...appointmentsInRangeQuery(range), enabled: options.enabled ?? true });
}
