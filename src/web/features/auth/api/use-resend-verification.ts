import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';

export function useResendVerification() {
  return useMutation({
    mutationFn: (email: string) =>
      apiSend('/api/v1/auth/verify-email/resend', { method: 'POST', body: { email }, anonymous: true }),
  });
}
