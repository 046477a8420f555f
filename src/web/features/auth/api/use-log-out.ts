import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';
import { withSessionLock } from '../../../api/refresh-request.ts';
import { endSession } from '../../../api/session-lifecycle.ts';

export function useLogOut() {
  return useMutation({
    mutationFn: () => withSessionLock(() => apiSend('/api/v1/auth/logout', { method: 'POST' })),
    // Even when the server cannot be reached, this browser forgets the session.
    onSettled: () => endSession('logged-out', { announce: true }),
  });
}
