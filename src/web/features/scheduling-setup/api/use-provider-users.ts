import { useQuery } from '@tanstack/react-query';
import { type User, UserList } from '../../../../shared/users.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';
import { providerUserQueryKey } from './catalog-query-keys.ts';

// A clinic has a handful of staff logins; a runaway cursor must still end.
const maxPages = 20;

/**
 * GET /users, every page, keeping the logins a provider can be linked to: the server accepts
 * only the `provider` role there. Administrators only (`users.read`); pass `enabled: false` otherwise.
 */
export function useProviderUsers(enabled: boolean) {
  return useQuery({
    queryKey: providerUserQueryKey,
    enabled,
    queryFn: async ({ signal }) => {
      const users: User[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < maxPages; page += 1) {
        const list = await apiRequest(apiUrl('/api/v1/users', { limit: 200, cursor }), UserList, { signal });
        users.push(...list.items);
        if (!list.nextCursor) break;
        cursor = list.nextCursor;
      }
      return users.filter((user) => user.role === 'provider');
    },
  });
}
