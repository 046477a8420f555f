import { useQuery } from '@tanstack/react-query';
import { TodayDashboard } from '../../../../shared/dashboard.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { dashboardQueryKeys } from './dashboard-query-keys.ts';

/** Today's visits, balances due and (for managers) money; kept fresh while the desk looks at it. */
export function useTodayDashboard() {
  return useQuery({
    queryKey: dashboardQueryKeys.today,
    queryFn: ({ signal }) => apiRequest('/api/v1/dashboard/today', TodayDashboard, { signal }),
    refetchInterval: 60_000,
  });
}
