import { useQuery } from '@tanstack/react-query';
import { OperatoryList } from '../../../../../shared/scheduling.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { catalogQueryKeys } from './catalog-query-keys.ts';

/** GET /operatories: the active chairs and rooms. */
export function useOperatories() {
  return useQuery({
    queryKey: catalogQueryKeys.operatories,
    queryFn: ({ signal }) => apiRequest('/api/v1/operatories', OperatoryList, { signal }),
    select: (list) => list.items.filter((operatory) => operatory.active),
    staleTime: 60_000,
  });
}
