import { useMutation } from '@tanstack/react-query';
import { Refund, type RefundInput } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { useInvalidateBilling } from './use-invalidate-billing.ts';

/** POST /payments/:id/refund (admins and managers); card refunds come back pending. */
export function useRefundPayment() {
  const invalidate = useInvalidateBilling();
  return useMutation({
    mutationFn: ({ paymentId, input }: { paymentId: string; input: RefundInput }) =>
      apiRequest(`/api/v1/payments/${encodeURIComponent(paymentId)}/refund`, Refund, {
        method: 'POST',
        body: input,
      }),
    onSettled: invalidate,
  });
}
