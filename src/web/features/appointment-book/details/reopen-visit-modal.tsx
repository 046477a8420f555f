import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/scheduling.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { useInvalidateBilling, useLedger } from '../../billing/index.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { useChangeAppointmentStatus } from '../booking/api/use-change-appointment-status.ts';
import { StatusProblem } from '../booking/status-problem.tsx';
import { appointmentDetailsNamespace } from './i18n.ts';
import { standingVisitCharge } from './visit-fee.ts';

type Props = {
  appointment: Appointment;
  typeName: string | undefined;
  onClose: () => void;
  onReopened: (appointment: Appointment) => void;
};

/**
 * Asks before undoing a completion, saying what it does to the books: the visit fee is taken
 * back with a visible negative charge on the patient's ledger, with its amount when known.
 */
export function ReopenVisitModal({ appointment, typeName, onClose, onReopened }: Props) {
  const { t } = useTranslation(appointmentDetailsNamespace);
  const change = useChangeAppointmentStatus();
  const ledger = useLedger(appointment.patientId);
  const clinicFormat = useLocaleFormat();
  const invalidateBilling = useInvalidateBilling();
  const fee = ledger.data ? standingVisitCharge(ledger.data.entries, appointment.id, typeName) : null;
  const amount =
    fee && ledger.data && clinicFormat
      ? formatMoney(fee.amountCents, { ...clinicFormat, currency: ledger.data.currency })
      : null;

  function confirm() {
    change.mutate(
      { id: appointment.id, status: 'in_progress' },
      {
        onSuccess: (reopened) => {
          void invalidateBilling();
          notifications.show({
            color: 'teal',
            message: amount ? t('reopen.doneWithFee', { amount }) : t('reopen.done'),
          });
          onReopened(reopened);
        },
      },
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('reopen.title')}
      closeButtonProps={{ 'aria-label': t('edit.cancel') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('reopen.body')}</Text>
        {ledger.isPending ? (
          <Group gap="xs">
            <Loader size="xs" aria-hidden="true" />
            <Text size="sm">{t('reopen.loadingFee')}</Text>
          </Group>
        ) : (
          <Text size="sm" fw={600} data-testid="reopen-fee">
            {amount
              ? t('reopen.fee', { amount })
              : ledger.isError
                ? t('reopen.feeUnknown')
                : t('reopen.noFee')}
          </Text>
        )}
        {change.isError && (
          <Alert color="red" title={t('reopen.failed')}>
            <StatusProblem error={change.error} />
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('reopen.keep')}
          </Button>
          <Button color="red.9" loading={change.isPending} onClick={confirm}>
            {t('reopen.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
