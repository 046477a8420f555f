import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';

export function useDeleteHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend(`/api/v1/holidays/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.holidays }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
