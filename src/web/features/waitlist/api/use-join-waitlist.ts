import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateWaitlistEntryInput, WaitlistEntry } from '../../../../shared/waitlist.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { waitlistQueryKeys } from './waitlist-query-keys.ts';

/** POST /waitlist: the patient waits for a visit of that type on any date from…to. */
export function useJoinWaitlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWaitlistEntryInput) =>
      apiRequest('/api/v1/waitlist', WaitlistEntry, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: waitlistQueryKeys.all }),
  });
}
