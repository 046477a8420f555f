import { useMutation } from '@tanstack/react-query';
import type { AdjustmentInput } from '../../../../shared/billing.ts';
import { apiSend } from '../../../api/api-client.ts';
import { useInvalidateBilling } from './use-invalidate-billing.ts';

/** POST /adjustments (admins and managers). */
export function usePostAdjustment() {
  const invalidate = useInvalidateBilling();
  return useMutation({
    mutationFn: (input: AdjustmentInput) => apiSend('/api/v1/adjustments', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}
