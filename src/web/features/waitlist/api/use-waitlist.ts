import { useInfiniteQuery } from '@tanstack/react-query';
import { type WaitlistEntryStatus, WaitlistList } from '../../../../shared/waitlist.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';
import { waitlistQueryKeys } from './waitlist-query-keys.ts';

const pageSize = 50;

/** GET /waitlist?status=, oldest first (the order offers go out), a page at a time. */
export function useWaitlist(status: WaitlistEntryStatus) {
  return useInfiniteQuery({
    queryKey: waitlistQueryKeys.list(status),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(apiUrl('/api/v1/waitlist', { status, limit: pageSize, cursor: pageParam }), WaitlistList, {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
