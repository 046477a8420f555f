import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { Appointment, type RescheduleInput } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';

/** What the book changes by dragging: time, length, provider or chair (`override` for staff). */
export type RescheduleChange = Omit<z.input<typeof RescheduleInput>, 'notes'>;

/**
 * PATCH /appointments/:id to move a visit, conditional on the version the calendar showed
 * (If-Match), so a move never overwrites a change made meanwhile at another desk.
 */
export function useRescheduleAppointment() {
  return useMutation({
    mutationFn: ({ id, version, change }: { id: string; version: number; change: RescheduleChange }) =>
      apiRequest(`/api/v1/appointments/${encodeURIComponent(id)}`, Appointment, {
        method: 'PATCH',
        body: change,
        headers: { 'if-match': `"${version}"` },
      }),
  });
}
