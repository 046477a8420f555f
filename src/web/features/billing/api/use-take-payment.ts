import { useMutation } from '@tanstack/react-query';
import { Payment, type PaymentInput } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { useInvalidateBilling } from './use-invalidate-billing.ts';

/**
 * POST /payments with the attempt's Idempotency-Key: the caller keeps one key per filled-in
 * form, so a retry after a lost answer records the payment once.
 */
export function useTakePayment() {
  const invalidate = useInvalidateBilling();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: PaymentInput; idempotencyKey: string }) =>
      apiRequest('/api/v1/payments', Payment, {
        method: 'POST',
        body: input,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    onSettled: invalidate,
  });
}
