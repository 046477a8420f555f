import { useQuery } from '@tanstack/react-query';
import { SetupChecklist } from '../../../../shared/dashboard.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { dashboardQueryKeys } from './dashboard-query-keys.ts';

/** The first-run steps (admins only). */
export function useSetupChecklist(enabled: boolean) {
  return useQuery({
    queryKey: dashboardQueryKeys.setup,
    queryFn: ({ signal }) => apiRequest('/api/v1/dashboard/setup', SetupChecklist, { signal }),
    enabled,
  });
}
