import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../../api/api-client.ts';

/** DELETE /holds/:id: frees the slot at once instead of when the hold lapses. */
export function useReleaseHold() {
  return useMutation({
    mutationFn: (holdId: string) =>
      apiSend(`/api/v1/holds/${encodeURIComponent(holdId)}`, { method: 'DELETE' }),
  });
}
