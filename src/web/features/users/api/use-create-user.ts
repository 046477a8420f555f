import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateUserInput, User } from '../../../../shared/users.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { usersQueryKey } from './use-users.ts';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) =>
      apiRequest('/api/v1/users', User, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
