import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';
import { currentUserQueryKey } from './use-current-user.ts';

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiSend('/api/v1/auth/2fa/disable', { method: 'POST', body: { code } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQueryKey }),
  });
}
