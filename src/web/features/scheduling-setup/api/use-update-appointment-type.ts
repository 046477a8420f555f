import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AppointmentType, type UpdateAppointmentTypeInput } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';

/** PATCH /appointment-types/:id. The catalog has no versions: the last save wins. */
export function useUpdateAppointmentType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateAppointmentTypeInput }) =>
      apiRequest(`/api/v1/appointment-types/${encodeURIComponent(id)}`, AppointmentType, {
        method: 'PATCH',
        body: changes,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.appointmentTypes }),
        // Duration, buffer and who offers it all change the open slots.
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
