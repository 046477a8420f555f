import type { QueryClient } from '@tanstack/react-query';
import { Temporal } from 'temporal-polyfill';
import { roleMay } from '../../../shared/permissions.ts';
import {
  appointmentTypesQuery,
  holidaysQuery,
  operatoriesQuery,
  providersQuery,
} from '../../api/scheduling-catalog.ts';
import { sessionSettled } from '../../api/session-lifecycle.ts';
import { getSession } from '../../api/session-store.ts';
import { appointmentsInRangeQuery } from './api/use-appointments-in-range.ts';
import { providerSchedulesQuery } from './api/use-provider-schedules.ts';
import { parsePlainDate, visibleRange } from './components/calendar-dates.ts';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Asks for what the appointment book at this address will show (the catalogs, the day's or
 * month's appointments, the providers' schedules) under the keys the book reads, so that it
 * finds them loading or loaded. Called as soon as the book's route is chosen, while its code is
 * still on the way, and again by the book itself before the clinic's settings are in. Without a
 * date in the address the day is the browser's today, which is the clinic's but for a few hours
 * a year in far-off zones.
 */
export async function prefetchBookData(queryClient: QueryClient, search: URLSearchParams): Promise<void> {
  if (!(await sessionSettled())) return;
  const session = getSession();
  if (session.status !== 'signed-in' || !roleMay(session.user.role, 'appointments.live')) return;
  const view = search.get('view') ?? 'day';
  const date = parsePlainDate(search.get('date')) ?? Temporal.Now.plainDateISO(browserZone);
  const range = view === 'day' || view === 'month' ? visibleRange(date, view) : undefined;
  const from = range?.from.toString() ?? '';
  const to = range?.to.toString() ?? '';
  await Promise.all([
    queryClient.prefetchQuery(providersQuery()),
    queryClient.prefetchQuery(appointmentTypesQuery()),
    queryClient.prefetchQuery(operatoriesQuery()),
    queryClient.prefetchQuery(holidaysQuery()),
    range && queryClient.prefetchQuery(appointmentsInRangeQuery({ from, to, providerId: undefined })),
    view === 'day' && queryClient.prefetchQuery(providerSchedulesQuery({ from, to })),
  ]);
}
