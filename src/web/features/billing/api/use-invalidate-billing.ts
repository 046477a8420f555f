import { useQueryClient } from '@tanstack/react-query';
import { billingQueryKeys } from './billing-query-keys.ts';

/** After any posting: ledgers, accounts, the day's payments and closes all move together. */
export function useInvalidateBilling(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: billingQueryKeys.all });
}
