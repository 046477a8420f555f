import { useInfiniteQuery } from '@tanstack/react-query';
import { DevMailPage } from '../../../../shared/dev-mail.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';

export const devMailQueryKey = ['dev-mail'] as const;

export function useDevMailList() {
  return useInfiniteQuery({
    queryKey: [...devMailQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(apiUrl('/api/v1/dev/mail', { limit: 50, cursor: pageParam }), DevMailPage, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // New mail arrives while someone waits for it; a glance at the page should show it.
    staleTime: 0,
    refetchInterval: 5_000,
  });
}
