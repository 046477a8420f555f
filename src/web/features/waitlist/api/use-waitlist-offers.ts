import { useQuery } from '@tanstack/react-query';
import { WaitlistOfferList } from '../../../../shared/waitlist.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { waitlistQueryKeys } from './waitlist-query-keys.ts';

/** GET /waitlist/:id/offers: the times offered to one request, oldest first. */
export function useWaitlistOffers(entryId: string) {
  return useQuery({
    queryKey: waitlistQueryKeys.offers(entryId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/waitlist/${encodeURIComponent(entryId)}/offers`, WaitlistOfferList, { signal }),
    select: (list) => list.items,
    // An open offer lapses on its own (expiresAt); refresh now and then so it does not linger.
    refetchInterval: 60_000,
  });
}
