import { useSearchParams } from 'react-router';
import { Temporal } from 'temporal-polyfill';
import {
  useAppointmentTypes,
  useHolidays,
  useOperatories,
  useProviders,
} from '../../../api/scheduling-catalog.ts';
import { useAppointmentsInRange } from '../api/use-appointments-in-range.ts';
import { useWorkingHours } from '../api/use-working-hours.ts';
import { parsePlainDate, visibleRange } from './calendar-dates.ts';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const none: string[] = [];

/**
 * Asks, while the clinic's settings are still on their way, for what the book will need: the
 * catalogs, and the day's (or month's) appointments and the providers' hours under the same
 * query keys the book uses, so it finds them already loading. Without a date in the address the
 * day is the browser's today, which is the clinic's but for a few hours a year in far-off zones.
 */
export function useEarlyBookData(): void {
  const [search] = useSearchParams();
  const view = search.get('view') ?? 'day';
  const date = parsePlainDate(search.get('date')) ?? Temporal.Now.plainDateISO(browserZone);
  const providers = useProviders();
  useAppointmentTypes();
  useOperatories();
  useHolidays();
  const range = view === 'day' || view === 'month' ? visibleRange(date, view) : undefined;
  useAppointmentsInRange(
    { from: range?.from.toString() ?? '', to: range?.to.toString() ?? '', providerId: undefined },
    { enabled: range !== undefined },
  );
  const byProvider = view === 'day' && search.get('columns') !== 'operatories';
  useWorkingHours(byProvider ? (providers.data?.map((provider) => provider.id) ?? none) : none);
}
