import { useQuery } from '@tanstack/react-query';
import { BillingSettings } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { billingQueryKeys } from './billing-query-keys.ts';

/** GET /billing/settings: the clinic currency and whether cards can be taken online. */
export function useBillingSettings() {
  return useQuery({
    queryKey: billingQueryKeys.settings,
    queryFn: ({ signal }) => apiRequest('/api/v1/billing/settings', BillingSettings, { signal }),
    staleTime: 5 * 60_000,
  });
}
