import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RecoveryCodes } from '../../../../shared/auth.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { setTwoFactorEnrollmentRequired } from '../../../api/session-store.ts';
import { currentUserQueryKey } from './use-current-user.ts';

export function useConfirmTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiRequest('/api/v1/auth/2fa/confirm', RecoveryCodes, { method: 'POST', body: { code } }),
    onSuccess: () => {
      // Enrolled: the rest of the app opens up with the same access token.
      setTwoFactorEnrollmentRequired(false);
      return queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
    },
  });
}
