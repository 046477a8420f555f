import { useQuery } from '@tanstack/react-query';
import { DevMailPage } from '../../../../shared/dev-mail.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { ApiError } from '../../../api/api-error.ts';
import { devMailQueryKey } from './use-dev-mail-list.ts';

/**
 * Whether the server keeps mail in a development mailbox. It answers 404 when SMTP is
 * configured (mail really leaves), and then the menu item is hidden.
 */
export function useDevMailboxAvailable(enabled: boolean): boolean {
  const probe = useQuery({
    queryKey: [...devMailQueryKey, 'available'],
    queryFn: async ({ signal }) => {
      try {
        await apiRequest('/api/v1/dev/mail?limit=1', DevMailPage, { signal });
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return false;
        throw error;
      }
    },
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return probe.data === true;
}
