import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      apiSend('/api/v1/auth/invitation/accept', { method: 'POST', body: input, anonymous: true }),
  });
}
