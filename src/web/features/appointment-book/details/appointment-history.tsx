import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentHistoryEvent } from '../../../../shared/appointment-history.ts';
import { formatDateTime, formatTime, type LocaleFormat } from '../../../i18n/format.ts';
import { quietText } from '../booking/text-colours.ts';
import { useAppointmentHistory } from './api/use-appointment-history.ts';
import { appointmentDetailsNamespace } from './i18n.ts';

/** Who booked, moved, changed and cancelled the visit, oldest first, in the clinic's time. */
export function AppointmentHistorySection({
  appointmentId,
  format,
}: {
  appointmentId: string;
  format: LocaleFormat;
}) {
  const { t } = useTranslation(appointmentDetailsNamespace);
  const history = useAppointmentHistory(appointmentId);
  const headingId = `history-${appointmentId}`;
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('history.title')}
      </Title>
      {history.isPending ? (
        <Loader size="xs" aria-label={t('history.loading')} />
      ) : history.isError ? (
        <Text size="sm" c="red.8" role="alert">
          {t('history.failed')}
        </Text>
      ) : history.data.events.length === 0 ? (
        <Text size="sm">{t('history.empty')}</Text>
      ) : (
        <Stack gap={6} component="ol" m={0} pl="md" data-testid="appointment-history">
          {history.data.events.map((event) => (
            <li key={event.id}>
              <Text size="sm">
                <HistoryWhat event={event} format={format} />
              </Text>
              <Text size="xs" c={quietText}>
                {t('history.line', {
                  when: formatDateTime(event.at, format),
                  who: event.actorName ?? t('history.someone'),
                })}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function HistoryWhat({ event, format }: { event: AppointmentHistoryEvent; format: LocaleFormat }) {
  const { t } = useTranslation(appointmentDetailsNamespace);
  const status = (value: AppointmentHistoryEvent['toStatus']) =>
    value ? t(`appointmentStatus.${value}`, { ns: 'common' }) : '—';
  switch (event.kind) {
    case 'booked':
      return <>{event.seriesId ? t('history.bookedInSeries') : t('history.booked')}</>;
    case 'rescheduled':
      if (event.start && event.changedFields.includes('start')) {
        return <>{t('history.rescheduled', { when: formatDateTime(event.start, format) })}</>;
      }
      if (event.end) return <>{t('history.resized', { time: formatTime(event.end, format) })}</>;
      return <>{fieldsChanged(event, t)}</>;
    case 'details_changed':
      return <>{fieldsChanged(event, t)}</>;
    case 'status_changed':
      return (
        <>{t('history.status_changed', { from: status(event.fromStatus), to: status(event.toStatus) })}</>
      );
    case 'cancelled':
      return (
        <>
          {event.cancelReason
            ? t('history.cancelled', { reason: event.cancelReason })
            : t('history.cancelledNoReason')}
        </>
      );
    case 'reopened':
      return <>{t('history.reopened', { to: status(event.toStatus) })}</>;
  }
}

type T = ReturnType<typeof useTranslation<typeof appointmentDetailsNamespace>>['t'];

function fieldsChanged(event: AppointmentHistoryEvent, t: T): string {
  if (event.changedFields.length === 0) return t('history.detailsChangedUnknown');
  const fields = event.changedFields.map((field) => t(`history.fields.${field}`));
  return t('history.details_changed', { fields: fields.join(', ') });
}
