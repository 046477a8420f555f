import { useQuery } from '@tanstack/react-query';
import { DevMail } from '../../../../shared/dev-mail.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { devMailQueryKey } from './use-dev-mail-list.ts';

export function useDevMail(id: string) {
  return useQuery({
    queryKey: [...devMailQueryKey, 'message', id],
    queryFn: ({ signal }) => apiRequest(`/api/v1/dev/mail/${encodeURIComponent(id)}`, DevMail, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
