import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../../../shared/scheduling.ts';
import { useAppointmentTypes } from '../../../api/scheduling-catalog.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { formatLongDate, type LocaleFormat } from '../../../i18n/format.ts';
import { useAppointmentPatients } from '../api/use-appointment-patients.ts';
import { useProviderAppointments } from '../api/use-provider-appointments.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import { clinicToday, followingDays, inStartOrder, middayOf, nextAppointment } from './dashboard-days.ts';
import { LoadFailure } from './load-failure.tsx';
import { quietText } from './quiet-text.ts';
import { TodayAppointmentCard } from './today-appointment-card.tsx';
import { UpcomingWeek } from './upcoming-week.tsx';
import { useAppointmentsRefresh } from './use-appointments-refresh.ts';

type Props = { provider: Provider; format: LocaleFormat };

/** One provider's day: today's visits in order with the next one marked, then the week ahead. */
export function ProviderDay({ provider, format }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  const now = useAppointmentsRefresh();
  const today = clinicToday(format.timeZone, now);
  const week = useMemo(() => followingDays(today, 7), [today]);
  const lastDay = week.at(-1) ?? today;
  const todays = useProviderAppointments({
    providerId: provider.id,
    from: today,
    to: today,
  });
  const upcoming = useProviderAppointments({
    providerId: provider.id,
    from: week[0] ?? today,
    to: lastDay,
  });
  const types = useAppointmentTypes({ includeInactive: true });
  const typeNames = useMemo(
    () => new Map((types.data ?? []).map((type) => [type.id, type.name])),
    [types.data],
  );
  const todayItems = inStartOrder(todays.data ?? []);
  const upcomingItems = upcoming.data ?? [];
  const patients = useAppointmentPatients([...todayItems, ...upcomingItems]);
  const next = nextAppointment(todayItems, now);

  return (
    <Grid gap="xl" align="flex-start">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="sm" component="section" aria-labelledby="today-heading">
          <Group justify="space-between" align="baseline">
            <Title order={3} id="today-heading">
              {t('myDay.today', { date: formatLongDate(middayOf(today, format.timeZone), format) })}
            </Title>
            <Text size="xs" c={quietText}>
              {t('myDay.live')}
            </Text>
          </Group>
          {todays.isPending ? (
            <PageLoader />
          ) : todays.isError ? (
            <LoadFailure title={t('myDay.loadFailed')} error={todays.error} onRetry={todays.refetch} />
          ) : todayItems.length === 0 ? (
            <Text>{t('myDay.empty')}</Text>
          ) : (
            <Stack
              gap="sm"
              component="ul"
              aria-label={t('myDay.listLabel')}
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
            >
              {todayItems.map((appointment) => (
                <TodayAppointmentCard
                  key={appointment.id}
                  appointment={appointment}
                  patient={patients.get(appointment.patientId)}
                  typeName={typeNames.get(appointment.appointmentTypeId)}
                  isNext={appointment.id === next?.id}
                  format={format}
                  onChanged={() => void todays.refetch()}
                />
              ))}
            </Stack>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        {upcoming.isPending ? (
          <PageLoader />
        ) : upcoming.isError ? (
          <LoadFailure title={t('myDay.loadFailed')} error={upcoming.error} onRetry={upcoming.refetch} />
        ) : (
          <UpcomingWeek
            days={week}
            appointments={upcomingItems}
            patients={patients}
            typeNames={typeNames}
            format={format}
          />
        )}
      </Grid.Col>
    </Grid>
  );
}
