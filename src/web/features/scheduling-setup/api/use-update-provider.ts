import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Provider, type UpdateProviderInput } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';
import { appointmentQueryKeys } from '../../appointment-book/index.ts';

/** PATCH /providers/:id. Providers have no versions: the last save wins. */
export function useUpdateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateProviderInput }) =>
      apiRequest(`/api/v1/providers/${encodeURIComponent(id)}`, Provider, { method: 'PATCH', body: changes }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogQueryKeys.providers }),
        // A deactivated provider offers no more slots; a renamed one shows up renamed on the book.
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability }),
      ]),
  });
}
