import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Operatory, type UpdateOperatoryInput } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';

/** PATCH /operatories/:id: rename, deactivate or reactivate. */
export function useUpdateOperatory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateOperatoryInput }) =>
      apiRequest(`/api/v1/operatories/${encodeURIComponent(id)}`, Operatory, {
        method: 'PATCH',
        body: changes,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogQueryKeys.operatories }),
  });
}
