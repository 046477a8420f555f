import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import type { ClinicSettings } from '../../../../shared/clinic.ts';
import type { PatientSummary } from '../../../../shared/patients.ts';
import type { AppointmentListItem, TimeOff, WorkingInterval } from '../../../../shared/scheduling.ts';
import {
  useAppointmentTypes,
  useHolidays,
  useOperatories,
  useProviders,
} from '../../../api/scheduling-catalog.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useMay } from '../../auth/index.ts';
import { useClinicSettings, useLocaleFormat } from '../../clinic/index.ts';
import { appointmentQueryKeys } from '../api/appointment-query-keys.ts';
import { useAppointmentsInRange } from '../api/use-appointments-in-range.ts';
import { useLiveAppointments } from '../api/use-live-appointments.ts';
import { useProviderSchedules } from '../api/use-provider-schedules.ts';
import { BookingDrawer } from '../booking/booking-drawer.tsx';
import type { BookingRequest } from '../booking-request.ts';
import { appointmentBookNamespace } from '../i18n.ts';
import { AppointmentDetails } from './appointment-details.tsx';
import { isInactiveStatus } from './block-presentation.ts';
import { formatDayHeading, formatMonthHeading, formatWeekHeading } from './book-date-format.ts';
import { BookToolbar } from './book-toolbar.tsx';
import { buildGrid } from './build-columns.ts';
import { shiftDate, todayIn, visibleRange } from './calendar-dates.ts';
import { MonthOverview } from './month-overview.tsx';
import { ScheduleGrid } from './schedule-grid.tsx';
import { localDateOf } from './time-axis.ts';
import { useBookSearchParams } from './use-book-search-params.ts';
import { useBookShortcuts } from './use-book-shortcuts.ts';
import { useEarlyBookData } from './use-early-book-data.ts';
import { useMoveAppointment } from './use-move-appointment.tsx';

/** The appointment book once the clinic's zone and slot step are known. */
export function AppointmentBook() {
  const { t } = useTranslation(appointmentBookNamespace);
  const clinic = useClinicSettings();
  const format = useLocaleFormat();
  useEarlyBookData();
  if (clinic.isError) {
    return (
      <Alert color="red" title={t('grid.loadFailed')}>
        <Button variant="light" onClick={() => void clinic.refetch()}>
          {t('grid.retry')}
        </Button>
      </Alert>
    );
  }
  if (!clinic.data || !format) return <Loader aria-label={t('grid.loading')} />;
  return <LoadedBook clinic={clinic.data} format={format} />;
}

function LoadedBook({ clinic, format }: { clinic: ClinicSettings; format: LocaleFormat }) {
  const { t } = useTranslation(appointmentBookNamespace);
  const queryClient = useQueryClient();
  const mayMove = useMay('appointments.reschedule');
  const timeZone = clinic.timeZone;
  const todayText = todayIn(timeZone).toString();
  const today = useMemo(() => Temporal.PlainDate.from(todayText), [todayText]);
  const [params, setParams] = useBookSearchParams(today);
  const { date, view, columns: mode } = params;
  const [showInactive, setShowInactive] = useState(false);
  // The free time clicked shows at once (urgent); the drawer, a bigger render, follows as a
  // transition, so the grid answers a click within a frame even on a slow machine.
  const [requested, setRequested] = useState<BookingRequest | null>(null);
  const [request, setRequest] = useState<BookingRequest | null>(null);
  const [, startOpening] = useTransition();
  const onBook = useCallback((next: BookingRequest) => {
    setRequested(next);
    startOpening(() => setRequest(next));
  }, []);
  const closeBooking = useCallback(() => {
    setRequested(null);
    setRequest(null);
  }, []);
  const [openId, setOpenId] = useState<string | null>(null);
  // Checkout's "Book next visit": the same provider and time a week on, the patient filled in.
  const bookNext = useCallback(
    (visit: AppointmentListItem, patient: PatientSummary) => {
      setOpenId(null);
      const start = Temporal.Instant.from(visit.start).toZonedDateTimeISO(timeZone).add({ weeks: 1 });
      onBook({ start: start.toString({ timeZoneName: 'never' }), providerId: visit.providerId, patient });
    },
    [onBook, timeZone],
  );
  const movingRef = useRef(false);
  useLiveAppointments();

  const providersQuery = useProviders();
  const operatoriesQuery = useOperatories();
  const typesQuery = useAppointmentTypes();
  const holidaysQuery = useHolidays();
  const providers = providersQuery.data ?? noProviders;
  const bookingProvider = providers.find((provider) => provider.id === params.providerId) ?? providers[0];
  const shownProviders = useMemo(
    () =>
      view === 'day' && mode === 'providers' ? providers : bookingProvider ? [bookingProvider] : noProviders,
    [view, mode, providers, bookingProvider],
  );
  const shownIds = useMemo(() => shownProviders.map((provider) => provider.id), [shownProviders]);
  const range = visibleRange(date, view);
  const schedules = useProviderSchedules(
    { from: range.from.toString(), to: range.to.toString() },
    { enabled: view !== 'month' },
  );

  const weekProviderId = view === 'week' ? bookingProvider?.id : undefined;
  const appointments = useAppointmentsInRange(
    { from: range.from.toString(), to: range.to.toString(), providerId: weekProviderId },
    { enabled: view !== 'week' || weekProviderId !== undefined },
  );

  const providerName = useCallback(
    (id: string) => providers.find((provider) => provider.id === id)?.name ?? '',
    [providers],
  );
  const { pending, move } = useMoveAppointment(format, providerName);
  const pendingIds = useMemo(() => new Set(pending.keys()), [pending]);

  // A visit being moved is drawn where it was dropped until the server has answered.
  const items = useMemo(() => {
    const all = appointments.data ?? noItems;
    return all
      .filter((item) => showInactive || !isInactiveStatus(item.status))
      .map((item): AppointmentListItem => {
        const moved = pending.get(item.id);
        return moved
          ? {
              ...item,
              start: moved.start,
              end: moved.end,
              providerId: moved.providerId,
              operatoryId: moved.operatoryId,
            }
          : item;
      });
  }, [appointments.data, showInactive, pending]);

  const types = useMemo(
    () => new Map((typesQuery.data ?? []).map((type) => [type.id, { name: type.name, color: type.color }])),
    [typesQuery.data],
  );
  const holidays = useMemo(
    () =>
      holidaysQuery.data
        ? new Map(holidaysQuery.data.map((holiday) => [holiday.date, holiday.name]))
        : noHolidays,
    [holidaysQuery.data],
  );
  const hours = useMemo(
    () => new Map(shownIds.map((id) => [id, schedules.data?.get(id)?.workingHours ?? noHours])),
    [shownIds, schedules.data],
  );
  const timeOff = useMemo(
    () => new Map(shownIds.map((id) => [id, schedules.data?.get(id)?.timeOff ?? noTimeOff])),
    [shownIds, schedules.data],
  );
  const operatories = operatoriesQuery.data ?? noOperatories;

  const grid = useMemo(() => {
    if (view === 'month') return null;
    return buildGrid({
      view,
      mode,
      date,
      timeZone,
      step: clinic.bookingPolicy.slotStepMinutes,
      providers: shownProviders,
      operatories,
      items,
      hours,
      timeOff,
      holidays,
    });
  }, [
    view,
    mode,
    date,
    timeZone,
    clinic.bookingPolicy.slotStepMinutes,
    shownProviders,
    operatories,
    items,
    hours,
    timeOff,
    holidays,
  ]);

  const counts = useMemo(() => {
    const perDay = new Map<string, number>();
    if (view !== 'month') return perDay;
    for (const item of items) {
      const day = localDateOf(item.start, timeZone);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    return perDay;
  }, [view, items, timeZone]);

  const step = useCallback(
    (direction: -1 | 1) =>
      setParams((current) => ({ date: shiftDate(current.date, current.view, direction) })),
    [setParams],
  );
  useBookShortcuts(
    { today: () => setParams({ date: today }), previous: () => step(-1), next: () => step(1) },
    () => movingRef.current,
  );
  const openDay = useCallback(
    (day: Temporal.PlainDate) => setParams({ date: day, view: 'day' }),
    [setParams],
  );
  const onBooked = useCallback(() => {
    closeBooking();
    void queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all });
  }, [queryClient, closeBooking]);
  const onChanged = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all });
  }, [queryClient]);

  const heading =
    view === 'day'
      ? formatDayHeading(date, format)
      : view === 'week'
        ? formatWeekHeading(range.from, range.to, format)
        : formatMonthHeading(date, format);
  const opened = openId ? (appointments.data?.find((item) => item.id === openId) ?? null) : null;

  return (
    // data-booking-start/-end mark the free time handed to the drawer, for tests and the benchmark.
    <Stack gap="sm" data-booking-start={requested?.start} data-booking-end={requested?.end}>
      <BookToolbar
        view={view}
        columns={mode}
        heading={heading}
        providers={providers}
        providerId={bookingProvider?.id}
        showInactive={showInactive}
        onToday={() => setParams({ date: today })}
        onStep={step}
        onView={(next) => setParams({ view: next })}
        onColumns={(next) => setParams({ columns: next })}
        onProvider={(providerId) => setParams({ providerId })}
        onShowInactive={setShowInactive}
      />
      {appointments.isError && (
        <Alert color="red" title={t('grid.loadFailed')}>
          <Button variant="light" onClick={() => void appointments.refetch()}>
            {t('grid.retry')}
          </Button>
        </Alert>
      )}
      {appointments.isFetching && appointments.isPending && (
        <Text size="sm" role="status">
          {t('grid.loading')}
        </Text>
      )}
      {providersQuery.isSuccess && providers.length === 0 && <Text>{t('grid.noProviders')}</Text>}
      {view === 'month' ? (
        <MonthOverview
          date={date}
          today={today}
          counts={counts}
          holidays={holidays}
          format={format}
          onOpenDay={openDay}
        />
      ) : (
        grid &&
        grid.columns.length > 0 &&
        !schedules.isPending && (
          <ScheduleGrid
            columns={grid.columns}
            axis={grid.axis}
            today={today}
            period={heading}
            types={types}
            pendingIds={pendingIds}
            mayMove={mayMove}
            format={format}
            movingRef={movingRef}
            requested={requested}
            onBook={onBook}
            onOpen={setOpenId}
            onMove={move}
          />
        )
      )}
      <BookingDrawer request={request} onClose={closeBooking} onBooked={onBooked} />
      <AppointmentDetails
        appointment={opened}
        typeName={opened ? types.get(opened.appointmentTypeId)?.name : undefined}
        providerName={opened ? providerName(opened.providerId) : undefined}
        operatoryName={
          opened?.operatoryId ? operatories.find((chair) => chair.id === opened.operatoryId)?.name : undefined
        }
        format={format}
        onClose={() => setOpenId(null)}
        onChanged={onChanged}
        onBookNext={bookNext}
      />
    </Stack>
  );
}

const noProviders: never[] = [];
const noOperatories: never[] = [];
const noHours: WorkingInterval[] = [];
const noTimeOff: TimeOff[] = [];
const noItems: AppointmentListItem[] = [];
const noHolidays = new Map<string, string>();
