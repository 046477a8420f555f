import { useQuery } from '@tanstack/react-query';
import { AppointmentSeries } from '../../../../../shared/recurring.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';

export function seriesPath(seriesId: string, suffix = ''): string {
  return `/api/v1/appointment-series/${encodeURIComponent(seriesId)}${suffix}`;
}

/** GET /appointment-series/:id: the rule and every visit, cancelled ones included. */
export function useAppointmentSeries(seriesId: string) {
  return useQuery({
    queryKey: [...appointmentQueryKeys.all, 'series', seriesId] as const,
    queryFn: ({ signal }) => apiRequest(seriesPath(seriesId), AppointmentSeries, { signal }),
  });
}
