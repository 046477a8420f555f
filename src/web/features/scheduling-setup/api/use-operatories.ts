import { useQuery } from '@tanstack/react-query';
import { OperatoryList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from './catalog-query-keys.ts';

/** GET /operatories with the inactive ones, so they can be reactivated. One page holds them. */
export function useOperatories() {
  return useQuery({
    queryKey: catalogQueryKeys.allOperatories,
    queryFn: ({ signal }) =>
      apiRequest('/api/v1/operatories?includeInactive=true', OperatoryList, { signal }),
    select: (list) => list.items,
  });
}
