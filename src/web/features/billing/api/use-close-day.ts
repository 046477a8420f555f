import { useMutation } from '@tanstack/react-query';
import { DayClose } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { useInvalidateBilling } from './use-invalidate-billing.ts';

/** POST /day-closes (admins and managers): freezes the day's totals. */
export function useCloseDay() {
  const invalidate = useInvalidateBilling();
  return useMutation({
    mutationFn: (date: string) =>
      apiRequest('/api/v1/day-closes', DayClose, { method: 'POST', body: { date } }),
    onSettled: invalidate,
  });
}
