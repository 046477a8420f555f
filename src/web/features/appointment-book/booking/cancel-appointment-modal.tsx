import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/scheduling.ts';
import { useCancelAppointment } from './api/use-cancel-appointment.ts';
import { bookingNamespace } from './i18n.ts';
import { StatusProblem } from './status-problem.tsx';
import { quietText } from './text-colours.ts';

type Props = {
  appointment: Appointment;
  opened: boolean;
  onClose: () => void;
  onCancelled: (appointment: Appointment) => void;
};

/** Asks why before cancelling: the reason stays with the appointment for whoever looks later. */
export function CancelAppointmentModal({ appointment, opened, onClose, onCancelled }: Props) {
  const { t } = useTranslation(bookingNamespace);
  const cancel = useCancelAppointment();
  const [reason, setReason] = useState('');

  function close() {
    cancel.reset();
    setReason('');
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    cancel.mutate(
      { id: appointment.id, reason: trimmed === '' ? null : trimmed },
      {
        onSuccess: (cancelled) => {
          setReason('');
          onCancelled(cancelled);
        },
      },
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('actions.cancel.title')}
      closeButtonProps={{ 'aria-label': t('drawer.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('actions.cancel.reason')}
            description={t('actions.cancel.reasonHint')}
            descriptionProps={{ c: quietText }}
            autosize
            minRows={3}
            maxLength={500}
            value={reason}
            data-autofocus
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {cancel.isError && (
            <Alert color="red" title={t('actions.failed')}>
              <StatusProblem error={cancel.error} />
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('actions.cancel.keep')}
            </Button>
            <Button type="submit" color="red.9" loading={cancel.isPending}>
              {t('actions.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
