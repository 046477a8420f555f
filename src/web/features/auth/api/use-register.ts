import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { RegisterInput } from '../../../../shared/auth.ts';
import { apiRequest } from '../../../api/api-client.ts';

// Only what the sign-up screen uses of the 201 answer.
const Registered = z.object({ user: z.object({ email: z.string() }) });

export function useRegister() {
  return useMutation({
    mutationFn: (input: RegisterInput) =>
      apiRequest('/api/v1/auth/register', Registered, { method: 'POST', body: input, anonymous: true }),
  });
}
