import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      apiSend('/api/v1/auth/password-reset/request', { method: 'POST', body: { email }, anonymous: true }),
  });
}
