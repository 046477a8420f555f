import { useQuery } from '@tanstack/react-query';
import { AppointmentTypeList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';

/** GET /appointment-types, retired ones too: old appointments still name them. */
export function useAppointmentTypes() {
  return useQuery({
    queryKey: ['appointment-types', 'list', { includeInactive: true }],
    queryFn: ({ signal }) =>
      apiRequest('/api/v1/appointment-types?includeInactive=true', AppointmentTypeList, { signal }),
    staleTime: 5 * 60_000,
  });
}
