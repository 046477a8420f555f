import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ZodType } from 'zod';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';

export type BookingAttempt<Input> = { input: Input; idempotencyKey: string };

/**
 * A POST that books time. The caller makes one Idempotency-Key per attempt, so a request the
 * network lost and the browser repeats books once, while a new click after a 409 is a new try;
 * once booked, the book and every free-time answer are read again.
 */
export function useBookingMutation<Input, Answer>(path: string, answer: ZodType<Answer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: BookingAttempt<Input>) =>
      apiRequest(path, answer, {
        method: 'POST',
        body: input,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
