import { useMutation } from '@tanstack/react-query';
import { AccessGrant, type LoginInput } from '../../../../shared/auth.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { withSessionLock } from '../../../api/refresh-request.ts';
import { beginSession } from '../../../api/session-lifecycle.ts';

export function useLogIn() {
  return useMutation({
    // Under the session lock: the new refresh cookie must not cross another tab's refresh.
    mutationFn: (input: LoginInput) =>
      withSessionLock(() =>
        apiRequest('/api/v1/auth/login', AccessGrant, { method: 'POST', body: input, anonymous: true }),
      ),
    onSuccess: (grant) => beginSession(grant, { announce: true }),
  });
}
