import { useQuery } from '@tanstack/react-query';
import { DayCloseList } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';
import { billingQueryKeys } from './billing-query-keys.ts';

/** GET /day-closes: the closed days, newest first. */
export function useDayCloses() {
  return useQuery({
    queryKey: billingQueryKeys.dayCloses,
    queryFn: ({ signal }) =>
      apiRequest(apiUrl('/api/v1/day-closes', { limit: 60 }), DayCloseList, { signal }),
  });
}
