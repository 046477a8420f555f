import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppointmentStatus } from '../../../../shared/scheduling.ts';
import { isApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { bookingNamespace } from './i18n.ts';

/**
 * Why a status change failed. A `409 invalid_transition` means the appointment moved on at
 * another desk; its `from` says to what, so the sentence can name the status it is in now.
 */
export function StatusProblem({ error }: { error: unknown }) {
  const { t } = useTranslation(bookingNamespace);
  if (isApiError(error, 'invalid_transition')) {
    const from = AppointmentStatus.safeParse(error.extensions.from);
    if (from.success) {
      return (
        <Text size="sm">
          {t('actions.invalidTransition', { status: t(`appointmentStatus.${from.data}`, { ns: 'common' }) })}
        </Text>
      );
    }
  }
  return <Text size="sm">{apiErrorMessage(error)}</Text>;
}
