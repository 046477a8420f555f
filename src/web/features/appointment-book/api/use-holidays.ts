import { useQuery } from '@tanstack/react-query';
import { HolidayList } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { bookQueryKeys, scheduleStaleTime } from './book-query-keys.ts';

/** GET /holidays: the days the clinic is closed, by date. */
export function useHolidays() {
  return useQuery({
    queryKey: bookQueryKeys.holidays,
    queryFn: ({ signal }) => apiRequest('/api/v1/holidays', HolidayList, { signal }),
    select: (list) => new Map(list.items.map((holiday) => [holiday.date, holiday.name])),
    staleTime: scheduleStaleTime,
  });
}
