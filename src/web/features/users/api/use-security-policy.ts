import { useQuery } from '@tanstack/react-query';
import { SecurityPolicy } from '../../../../shared/auth.ts';
import { apiRequest } from '../../../api/api-client.ts';

export const securityPolicyQueryKey = ['security-policy'] as const;

export function useSecurityPolicy() {
  return useQuery({
    queryKey: securityPolicyQueryKey,
    queryFn: ({ signal }) => apiRequest('/api/v1/security-policy', SecurityPolicy, { signal }),
  });
}
