import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateOperatoryInput, Operatory } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';

export function useCreateOperatory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOperatoryInput) =>
      apiRequest('/api/v1/operatories', Operatory, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogQueryKeys.operatories }),
  });
}
