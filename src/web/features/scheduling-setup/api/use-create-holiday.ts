import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateHolidayInput, Holiday } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';

export function useCreateHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateHolidayInput) =>
      apiRequest('/api/v1/holidays', Holiday, { method: 'POST', body: input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.holidays }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
