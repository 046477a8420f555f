import { useMutation, useQuery } from '@tanstack/react-query';
import { CheckoutStarted, PayLinkView } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { billingQueryKeys } from './billing-query-keys.ts';

const payPath = (token: string) => `/api/v1/pay/${encodeURIComponent(token)}`;

/** GET /pay/:token, without a session: what the link asks to pay. */
export function usePayLink(token: string) {
  return useQuery({
    queryKey: billingQueryKeys.payLink(token),
    queryFn: ({ signal }) => apiRequest(payPath(token), PayLinkView, { signal, anonymous: true }),
    retry: false,
  });
}

/** POST /pay/:token/checkout: a Stripe Checkout session for the link's amount. */
export function useStartLinkCheckout(token: string) {
  return useMutation({
    mutationFn: () =>
      apiRequest(`${payPath(token)}/checkout`, CheckoutStarted, { method: 'POST', anonymous: true }),
  });
}
