import { useMutation } from '@tanstack/react-query';
import { TwoFactorSetup } from '../../../../shared/auth.ts';
import { apiRequest } from '../../../api/api-client.ts';

export function useStartTwoFactorSetup() {
  return useMutation({
    mutationFn: () => apiRequest('/api/v1/auth/2fa/setup', TwoFactorSetup, { method: 'POST' }),
  });
}
