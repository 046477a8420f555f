import { useMutation } from '@tanstack/react-query';
import type { ChargeInput } from '../../../../shared/billing.ts';
import { apiSend } from '../../../api/api-client.ts';
import { useInvalidateBilling } from './use-invalidate-billing.ts';

/** POST /charges. */
export function usePostCharge() {
  const invalidate = useInvalidateBilling();
  return useMutation({
    mutationFn: (input: ChargeInput) => apiSend('/api/v1/charges', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}
