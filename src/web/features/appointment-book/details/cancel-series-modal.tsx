import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/scheduling.ts';
import { formatDateTime, type LocaleFormat } from '../../../i18n/format.ts';
import { StatusProblem } from '../booking/status-problem.tsx';
import { quietText } from '../booking/text-colours.ts';
import { useCancelSeriesFrom } from './api/use-cancel-series-from.ts';
import { appointmentDetailsNamespace } from './i18n.ts';

type Props = {
  seriesId: string;
  from: Appointment;
  /** The visits the server will cancel, as far as this screen knows. */
  targets: readonly Appointment[];
  format: LocaleFormat;
  onClose: () => void;
  onCancelled: () => void;
};

/** Confirms "cancel this and all following", listing the visits it will cancel and asking why. */
export function CancelSeriesModal({ seriesId, from, targets, format, onClose, onCancelled }: Props) {
  const { t } = useTranslation(appointmentDetailsNamespace);
  const cancel = useCancelSeriesFrom();
  const [reason, setReason] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    cancel.mutate(
      { seriesId, fromAppointmentId: from.id, reason: trimmed === '' ? null : trimmed },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('series.done', { count: targets.length }) });
          onCancelled();
        },
      },
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('series.modalTitle')}
      closeButtonProps={{ 'aria-label': t('series.keep') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {targets.length > 0 ? (
            <>
              <Text size="sm">{t('series.willCancel', { count: targets.length })}</Text>
              <List size="sm" spacing={2}>
                {targets.map((visit) => (
                  <List.Item key={visit.id}>{formatDateTime(visit.start, format)}</List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text size="sm">{t('series.nothingToCancel')}</Text>
          )}
          <Text size="sm" c={quietText}>
            {t('series.pastStay')}
          </Text>
          <Textarea
            label={t('series.reason')}
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            data-autofocus
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {cancel.isError && (
            <Alert color="red" title={t('series.cancelFailed')}>
              <StatusProblem error={cancel.error} />
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('series.keep')}
            </Button>
            <Button type="submit" color="red.9" loading={cancel.isPending} disabled={targets.length === 0}>
              {t('series.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
