import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SecurityPolicy } from '../../../../shared/auth.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { securityPolicyQueryKey } from './use-security-policy.ts';

export function useUpdateSecurityPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: SecurityPolicy) =>
      apiRequest('/api/v1/security-policy', SecurityPolicy, { method: 'PUT', body: policy }),
    onSuccess: (saved) => queryClient.setQueryData(securityPolicyQueryKey, saved),
  });
}
