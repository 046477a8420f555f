import { useSearchParams } from 'react-router';
import { Temporal } from 'temporal-polyfill';
import {
  useAppointmentTypes,
  useHolidays,
  useOperatories,
  useProviders,
} from '../../../api/scheduling-catalog.ts';
import { useAppointmentsInRange } from '../api/use-appointments-in-range.ts';
import { useProviderSchedules } from '../api/use-provider-schedules.ts';
import { parsePlainDate, visibleRange } from './calendar-dates.ts';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Asks, while the clinic's settings are still on their way, for what the book will need: the
 * catalogs, and the day's (or month's) appointments and the providers' schedules under the same
 * query keys the book uses, so it finds them already loading. Without a date in the address the
 * day is the browser's today, which is the clinic's but for a few hours a year in far-off zones.
 */
export function useEarlyBookData(): void {
  const [search] = useSearchParams();
  const view = search.get('view') ?? 'day';
  const date = parsePlainDate(search.get('date')) ?? Temporal.Now.plainDateISO(browserZone);
  useProviders();
  useAppointmentTypes();
  useOperatories();
  useHolidays();
  const range = view === 'day' || view === 'month' ? visibleRange(date, view) : undefined;
  const from = range?.from.toString() ?? '';
  const to = range?.to.toString() ?? '';
  useAppointmentsInRange({ from, to, providerId: undefined }, { enabled: range !== undefined });
  useProviderSchedules({ from, to }, { enabled: view === 'day' });
}
