import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';

export function useVerifyEmail() {
  return useMutation({
    mutationFn: (token: string) =>
      apiSend('/api/v1/auth/verify-email', { method: 'POST', body: { token }, anonymous: true }),
  });
}
