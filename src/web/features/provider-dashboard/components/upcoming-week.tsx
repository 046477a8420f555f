import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentListItem, AppointmentPatient } from '../../../../shared/scheduling.ts';
import { formatLongDate, formatTimeRange, type LocaleFormat } from '../../../i18n/format.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import { groupByClinicDay, middayOf } from './dashboard-days.ts';
import { PatientLink } from './patient-link.tsx';
import { quietText } from './quiet-text.ts';

type Props = {
  days: readonly string[];
  appointments: readonly AppointmentListItem[];
  patients: ReadonlyMap<string, AppointmentPatient>;
  typeNames: ReadonlyMap<string, string>;
  format: LocaleFormat;
};

/** The coming days at a glance: how busy each is and when. Cancelled visits are left out. */
export function UpcomingWeek({ days, appointments, patients, typeNames, format }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  const booked = appointments.filter((appointment) => appointment.status !== 'cancelled');
  return (
    <Stack gap="sm" component="section" aria-labelledby="upcoming-week-heading">
      <Title order={3} id="upcoming-week-heading">
        {t('myDay.upcoming')}
      </Title>
      <Stack
        gap="xs"
        component="ul"
        aria-label={t('myDay.upcomingLabel')}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {groupByClinicDay(booked, days, format.timeZone).map(({ date, appointments: ofDay }) => (
          <Paper component="li" key={date} withBorder p="sm" radius="md" data-date={date}>
            <Group justify="space-between" mb={ofDay.length > 0 ? 'xs' : 0}>
              <Text fw={600}>{formatLongDate(middayOf(date, format.timeZone), format)}</Text>
              <Badge variant={ofDay.length > 0 ? 'light' : 'outline'} color="gray" tt="none">
                {ofDay.length > 0 ? t('myDay.count', { count: ofDay.length }) : t('myDay.noneThatDay')}
              </Badge>
            </Group>
            {ofDay.length > 0 && (
              <List size="sm" spacing={4} listStyleType="none">
                {ofDay.map((appointment) => (
                  <List.Item key={appointment.id}>
                    <Text span size="sm" fw={600}>
                      {formatTimeRange(appointment.start, appointment.end, format)}
                    </Text>{' '}
                    <PatientLink
                      patientId={appointment.patientId}
                      patient={patients.get(appointment.patientId)}
                    />
                    <Text span size="sm" c={quietText}>
                      {' · '}
                      {typeNames.get(appointment.appointmentTypeId) ?? t('myDay.unknownType')}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
