import { useInfiniteQuery } from '@tanstack/react-query';
import { PaymentList, type PaymentMethod } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';
import { billingQueryKeys } from './billing-query-keys.ts';

const pageSize = 100;

/** GET /payments?from=&to=&method=: one clinic-local day, with the day's totals on every page. */
export function usePayments(date: string, method: PaymentMethod | undefined) {
  return useInfiniteQuery({
    queryKey: billingQueryKeys.payments({ date, method }),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(
        apiUrl('/api/v1/payments', { from: date, to: date, method, limit: pageSize, cursor: pageParam }),
        PaymentList,
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
