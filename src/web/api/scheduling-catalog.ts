import { queryOptions, useQuery } from '@tanstack/react-query';
import { AppointmentTypeList, HolidayList, OperatoryList, ProviderList } from '../../shared/scheduling.ts';
import { apiRequest } from './api-client.ts';

// The clinic's scheduling catalog is read by the appointment book, the booking drawer, the
// provider dashboard, the waitlist and the set-up screens, and edited by the last two. One set
// of keys and one hook per endpoint, so an edit on one screen refreshes every other: working
// hours and time off sit under a provider's key, so a change to the providers refreshes them too.
export const catalogQueryKeys = {
  providers: ['providers'] as const,
  providerList: (includeInactive: boolean) => ['providers', 'list', { includeInactive }] as const,
  workingHours: (providerId: string) => ['providers', providerId, 'working-hours'] as const,
  timeOff: (providerId: string) => ['providers', providerId, 'time-off'] as const,
  /** Every provider's hours and time off for a range of dates: what the appointment book shades. */
  schedules: ['providers', 'schedules'] as const,
  scheduleRange: (from: string, to: string) => ['providers', 'schedules', { from, to }] as const,
  appointmentTypes: ['appointment-types'] as const,
  appointmentTypeList: (includeInactive: boolean) =>
    ['appointment-types', 'list', { includeInactive }] as const,
  operatories: ['operatories'] as const,
  operatoryList: (includeInactive: boolean) => ['operatories', 'list', { includeInactive }] as const,
  holidays: ['holidays'] as const,
};

/** Catalogs change rarely and every edit invalidates them; a minute's staleness saves refetches. */
const catalogStaleTime = 60_000;

type ListOptions = { includeInactive?: boolean };

function inactiveQuery(includeInactive: boolean): string {
  return includeInactive ? '?includeInactive=true' : '';
}

// Query definitions, shared by the hooks below and by prefetching (the appointment book asks
// for its catalogs while its own code is still loading).

/** GET /providers; the inactive ones only when asked (set-up screens, names on old visits). */
export const providersQuery = (includeInactive = false) =>
  queryOptions({
    queryKey: catalogQueryKeys.providerList(includeInactive),
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/providers${inactiveQuery(includeInactive)}`, ProviderList, { signal }),
    staleTime: catalogStaleTime,
  });

/** GET /appointment-types; the retired ones only when asked. */
export const appointmentTypesQuery = (includeInactive = false) =>
  queryOptions({
    queryKey: catalogQueryKeys.appointmentTypeList(includeInactive),
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/appointment-types${inactiveQuery(includeInactive)}`, AppointmentTypeList, {
        signal,
      }),
    staleTime: catalogStaleTime,
  });

/** GET /operatories; the deactivated ones only when asked. */
export const operatoriesQuery = (includeInactive = false) =>
  queryOptions({
    queryKey: catalogQueryKeys.operatoryList(includeInactive),
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/operatories${inactiveQuery(includeInactive)}`, OperatoryList, { signal }),
    staleTime: catalogStaleTime,
  });

/** GET /holidays: every closed day, earliest first. */
export const holidaysQuery = () =>
  queryOptions({
    queryKey: catalogQueryKeys.holidays,
    queryFn: ({ signal }) => apiRequest('/api/v1/holidays', HolidayList, { signal }),
    staleTime: catalogStaleTime,
  });

const itemsOf = <Item>(list: { items: Item[] }) => list.items;

export function useProviders({ includeInactive = false }: ListOptions = {}) {
  return useQuery({ ...providersQuery(includeInactive), select: itemsOf });
}

export function useAppointmentTypes({ includeInactive = false }: ListOptions = {}) {
  return useQuery({ ...appointmentTypesQuery(includeInactive), select: itemsOf });
}

export function useOperatories({ includeInactive = false }: ListOptions = {}) {
  return useQuery({ ...operatoriesQuery(includeInactive), select: itemsOf });
}

export function useHolidays() {
  return useQuery({ ...holidaysQuery(), select: itemsOf });
}
