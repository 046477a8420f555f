import { useQuery } from '@tanstack/react-query';
import { AppointmentTypeList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from './catalog-query-keys.ts';

/** GET /appointment-types with the inactive ones: the set-up screen edits them all. One page holds them. */
export function useAppointmentTypes() {
  return useQuery({
    queryKey: catalogQueryKeys.allAppointmentTypes,
    queryFn: ({ signal }) =>
      apiRequest('/api/v1/appointment-types?includeInactive=true', AppointmentTypeList, { signal }),
    select: (list) => list.items,
  });
}
