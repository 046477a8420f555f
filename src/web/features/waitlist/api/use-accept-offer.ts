import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AcceptedWaitlistOffer } from '../../../../shared/waitlist.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';
import { waitlistQueryKeys } from './waitlist-query-keys.ts';

/**
 * POST /waitlist/offers/:offerId/accept: the server books the offered time for the request's
 * patient, marks the request fulfilled and the other offers for that time superseded.
 */
export function useAcceptOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ offerId }: { offerId: string; entryId: string }) =>
      apiRequest(`/api/v1/waitlist/offers/${encodeURIComponent(offerId)}/accept`, AcceptedWaitlistOffer, {
        method: 'POST',
      }),
    // Settled, not only success: a 409 means someone else took the time, so every list is stale.
    // Not awaited: the caller's onSuccess keeps the booked request in view before the refetched
    // waiting list drops it.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: waitlistQueryKeys.all });
      void queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all });
      void queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability });
    },
  });
}
