import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentListItem, AppointmentPatient } from '../../../../shared/scheduling.ts';
import { formatTimeRange, type LocaleFormat } from '../../../i18n/format.ts';
import { AppointmentActions } from '../../appointment-book/index.ts';
import { AlertBadges } from '../../patients/index.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import { AppointmentStatusBadge } from './appointment-status-badge.tsx';
import { PatientLink } from './patient-link.tsx';

type Props = {
  appointment: AppointmentListItem;
  patient: AppointmentPatient | undefined;
  typeName: string | undefined;
  isNext: boolean;
  format: LocaleFormat;
  onChanged: (appointment: Appointment) => void;
};

export function TodayAppointmentCard({ appointment, patient, typeName, isNext, format, onChanged }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  const finished = appointment.status === 'cancelled' || appointment.status === 'no_show';
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      aria-current={isNext ? 'step' : undefined}
      data-next={isNext ? 'true' : undefined}
      // A finished visit is told apart by its dashed border, not by fading it: faded, its patient
      // link and text fell below AA contrast.
      style={
        isNext
          ? { borderColor: 'var(--mantine-color-teal-filled)', borderWidth: 2, borderLeftWidth: 8 }
          : finished
            ? { borderStyle: 'dashed' }
            : undefined
      }
      data-finished={finished ? 'true' : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="sm">
            <Text fw={700} size="lg">
              {formatTimeRange(appointment.start, appointment.end, format)}
            </Text>
            {isNext && (
              <Badge color="teal" variant="filled" tt="none">
                {t('myDay.next')}
              </Badge>
            )}
          </Group>
          <AppointmentStatusBadge status={appointment.status} />
        </Group>
        <Group gap="sm" align="center">
          <PatientLink patientId={appointment.patientId} patient={patient} fw={600} />
          {patient && <AlertBadges alerts={patient.alerts} />}
        </Group>
        <Text size="sm">{typeName ?? t('myDay.unknownType')}</Text>
        {appointment.notes && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={600} inherit>
              {t('myDay.notes')}:
            </Text>{' '}
            {appointment.notes}
          </Text>
        )}
        <AppointmentActions appointment={appointment} onChanged={onChanged} />
      </Stack>
    </Paper>
  );
}
