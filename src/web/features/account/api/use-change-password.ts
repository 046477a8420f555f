import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';
import { passwordChanged } from '../../../api/session-store.ts';

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      apiSend('/api/v1/auth/password', { method: 'POST', body: input }),
    onSuccess: () => passwordChanged(),
  });
}
