import { useQuery } from '@tanstack/react-query';
import { AppointmentTypeList } from '../../../../../shared/scheduling.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { catalogQueryKeys } from './catalog-query-keys.ts';

/** GET /appointment-types: the active types (the server leaves inactive ones out by default). */
export function useAppointmentTypes() {
  return useQuery({
    queryKey: catalogQueryKeys.appointmentTypes,
    queryFn: ({ signal }) => apiRequest('/api/v1/appointment-types', AppointmentTypeList, { signal }),
    select: (list) => list.items.filter((type) => type.active),
    staleTime: 60_000,
  });
}
