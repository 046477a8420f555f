import { useMutation } from '@tanstack/react-query';
import { PaymentLinkCreated, type PaymentLinkInput } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';

/** POST /payment-links: a single-use address for the patient to pay by card without logging in. */
export function useCreatePaymentLink() {
  return useMutation({
    mutationFn: (input: PaymentLinkInput) =>
      apiRequest('/api/v1/payment-links', PaymentLinkCreated, { method: 'POST', body: input }),
  });
}
