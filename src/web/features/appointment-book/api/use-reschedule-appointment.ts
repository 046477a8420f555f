import { useMutation } from '@tanstack/react-query';
import { Appointment } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';

export type RescheduleChange = {
  start?: string;
  providerId?: string;
  operatoryId?: string | null;
  /** Staff only: move outside the provider's working hours. */
  override?: boolean;
};

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
