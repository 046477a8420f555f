import { useQuery } from '@tanstack/react-query';
import { CurrentUser } from '../../../../shared/auth.ts';
import { apiRequest } from '../../../api/api-client.ts';

export const currentUserQueryKey = ['auth', 'me'] as const;

export function useCurrentUser() {
  return useQuery({
    queryKey: currentUserQueryKey,
    queryFn: ({ signal }) => apiRequest('/api/v1/auth/me', CurrentUser, { signal }),
  });
}
