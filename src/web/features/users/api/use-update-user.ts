import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type UpdateUserInput, User } from '../../../../shared/users.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { usersQueryKey } from './use-users.ts';

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserInput }) =>
      apiRequest(`/api/v1/users/${encodeURIComponent(id)}`, User, { method: 'PATCH', body: changes }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
