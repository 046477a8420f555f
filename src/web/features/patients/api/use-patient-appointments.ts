import { useQuery } from '@tanstack/react-query';
import { AppointmentList, type AppointmentListItem } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';

// The API's largest page.
const pageSize = 500;

/**
 * Every visit of one patient, in start order. The key starts with the appointments key, so a
 * booking, a cancellation or a live event elsewhere refreshes the chart too.
 */
export function usePatientAppointments(patientId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    enabled: options.enabled ?? true,
    queryKey: [...appointmentQueryKeys.all, 'patient', patientId] as const,
    queryFn: async ({ signal }) => {
      const items: AppointmentListItem[] = [];
      let cursor: string | undefined;
      do {
        const page = await apiRequest(
          apiUrl('/api/v1/appointments', { patientId, limit: pageSize, cursor }),
          AppointmentList,
          { signal },
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });
}
