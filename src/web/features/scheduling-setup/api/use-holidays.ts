import { useQuery } from '@tanstack/react-query';
import { HolidayList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { catalogQueryKeys } from './catalog-query-keys.ts';

/** GET /holidays: every closed day, earliest first, in one page. */
export function useHolidays() {
  return useQuery({
    queryKey: catalogQueryKeys.holidays,
    queryFn: ({ signal }) => apiRequest('/api/v1/holidays', HolidayList, { signal }),
    select: (list) => list.items,
  });
}
