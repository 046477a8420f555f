import { useQuery } from '@tanstack/react-query';
import { Account } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { billingQueryKeys } from './billing-query-keys.ts';

/** GET /accounts/:guarantorId: members, balance and aging of the account; off until the id is known. */
export function useAccount(guarantorId: string | undefined) {
  return useQuery({
    queryKey: billingQueryKeys.account(guarantorId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/accounts/${encodeURIComponent(guarantorId ?? '')}`, Account, { signal }),
    enabled: guarantorId !== undefined,
  });
}
