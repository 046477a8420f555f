import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';
import { usersQueryKey } from './use-users.ts';

export function useResetTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiSend(`/api/v1/users/${encodeURIComponent(id)}/reset-2fa`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
