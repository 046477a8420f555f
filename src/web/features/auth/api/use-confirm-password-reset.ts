import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      apiSend('/api/v1/auth/password-reset/confirm', { method: 'POST', body: input, anonymous: true }),
  });
}
