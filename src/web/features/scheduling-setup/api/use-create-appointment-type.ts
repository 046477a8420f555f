import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AppointmentType, type CreateAppointmentTypeInput } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';

export function useCreateAppointmentType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAppointmentTypeInput) =>
      apiRequest('/api/v1/appointment-types', AppointmentType, { method: 'POST', body: input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.appointmentTypes }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
