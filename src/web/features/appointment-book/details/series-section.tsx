import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canTransition } from '../../../../shared/appointment-status.ts';
import type { Appointment } from '../../../../shared/scheduling.ts';
import { formatDateTime, type LocaleFormat } from '../../../i18n/format.ts';
import { useMay } from '../../auth/index.ts';
import { CancelAppointmentModal } from '../booking/cancel-appointment-modal.tsx';
import { useAppointmentSeries } from './api/use-appointment-series.ts';
import { CancelSeriesModal } from './cancel-series-modal.tsx';
import { appointmentDetailsNamespace } from './i18n.ts';
import { summariseRecurrence } from './recurrence-summary.ts';
import { visitsFrom } from './series-visits.ts';

type Props = {
  appointment: Appointment;
  seriesId: string;
  format: LocaleFormat;
  onChanged: (appointment: Appointment) => void;
};

/** That the visit is one of a series, which one, the series' visits, and cancelling one or the rest. */
export function SeriesSection({ appointment, seriesId, format, onChanged }: Props) {
  const { t } = useTranslation(appointmentDetailsNamespace);
  const series = useAppointmentSeries(seriesId);
  const mayCancel = useMay('appointments.cancel');
  const [cancelling, setCancelling] = useState<'one' | 'following' | null>(null);
  const headingId = `series-${appointment.id}`;

  let body: ReactNode;
  if (series.isPending) body = <Loader size="xs" aria-label={t('series.loading')} />;
  else if (series.isError) {
    body = (
      <Text size="sm" c="red.8" role="alert">
        {t('series.failed')}
      </Text>
    );
  } else {
    const visits = series.data.appointments;
    const summary = summariseRecurrence(series.data.rrule);
    const rule = summary
      ? t(`series.every.${summary.frequency}`, { count: summary.interval })
      : t('series.custom');
    const position = visits.findIndex((visit) => visit.id === appointment.id) + 1;
    const targets = visitsFrom(visits, appointment, new Date());
    const cancellable = mayCancel && canTransition(appointment.status, 'cancelled');
    body = (
      <>
        <Text size="sm" data-testid="series-summary">
          {t('series.position', { rule, position, total: visits.length })}
        </Text>
        <Stack gap={2} component="ol" m={0} pl="md" aria-label={t('series.visits')}>
          {visits.map((visit) => (
            <li key={visit.id} aria-current={visit.id === appointment.id ? 'true' : undefined}>
              <Text size="sm" fw={visit.id === appointment.id ? 700 : undefined}>
                {t('series.visit', {
                  when: formatDateTime(visit.start, format),
                  status: t(`appointmentStatus.${visit.status}`, { ns: 'common' }),
                })}
                {visit.id === appointment.id ? ` ${t('series.thisVisit')}` : ''}
              </Text>
            </li>
          ))}
        </Stack>
        {cancellable && (
          <Group gap="xs">
            <Button size="compact-md" variant="default" onClick={() => setCancelling('one')}>
              {t('series.cancelThis')}
            </Button>
            <Button size="compact-md" variant="default" onClick={() => setCancelling('following')}>
              {t('series.cancelFollowing')}
            </Button>
          </Group>
        )}
        {cancelling === 'following' && (
          <CancelSeriesModal
            seriesId={seriesId}
            from={appointment}
            targets={targets}
            format={format}
            onClose={() => setCancelling(null)}
            onCancelled={() => setCancelling(null)}
          />
        )}
      </>
    );
  }

  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('series.title')}
      </Title>
      {body}
      <CancelAppointmentModal
        appointment={appointment}
        opened={cancelling === 'one'}
        onClose={() => setCancelling(null)}
        onCancelled={(cancelled) => {
          setCancelling(null);
          onChanged(cancelled);
        }}
      />
    </Stack>
  );
}
