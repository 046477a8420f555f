import { useQuery } from '@tanstack/react-query';
import { Payment } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { billingQueryKeys } from './billing-query-keys.ts';

/**
 * GET /payments/:id. While `pollWhilePending`, asks again every two seconds until the card
 * processor's webhook has settled the payment one way or the other.
 */
export function usePayment(id: string | undefined, { pollWhilePending = false } = {}) {
  return useQuery({
    queryKey: billingQueryKeys.payment(id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/payments/${encodeURIComponent(id ?? '')}`, Payment, { signal }),
    enabled: id !== undefined,
    refetchInterval: (query) => (pollWhilePending && query.state.data?.status === 'pending' ? 2_000 : false),
  });
}
