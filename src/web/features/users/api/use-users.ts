import { useInfiniteQuery } from '@tanstack/react-query';
import { UserList } from '../../../../shared/users.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';

export const usersQueryKey = ['users'] as const;

export function useUsers() {
  return useInfiniteQuery({
    queryKey: [...usersQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(apiUrl('/api/v1/users', { limit: 100, cursor: pageParam }), UserList, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
