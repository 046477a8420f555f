import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateProviderInput, Provider } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from '../../../api/scheduling-catalog.ts';

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProviderInput) =>
      apiRequest('/api/v1/providers', Provider, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogQueryKeys.providers }),
  });
}
