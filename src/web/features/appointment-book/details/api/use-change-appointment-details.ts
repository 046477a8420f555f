import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Appointment } from '../../../../../shared/scheduling.ts';
import { apiRequest } from '../../../../api/api-client.ts';
import { appointmentQueryKeys } from '../../api/appointment-query-keys.ts';

export type DetailsChange = {
  appointmentTypeId?: string;
  operatoryId?: string | null;
  notes?: string | null;
  override?: boolean;
};

/**
 * PATCH /appointments/:id with the type, chair or notes, conditional on the version the drawer
 * showed (If-Match): a change made meanwhile at another desk is never overwritten.
 */
export function useChangeAppointmentDetails() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, change }: { id: string; version: number; change: DetailsChange }) =>
      apiRequest(`/api/v1/appointments/${encodeURIComponent(id)}`, Appointment, {
        method: 'PATCH',
        body: change,
        headers: { 'if-match': `"${version}"` },
      }),
    // Also after a refusal: a 412 means another desk changed the visit, and the drawer should show how.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
