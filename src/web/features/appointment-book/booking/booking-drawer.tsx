import { Alert, Drawer, Group, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/scheduling.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useAppointmentTypes, useOperatories, useProviders } from '../../../api/scheduling-catalog.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import type { BookingRequest } from '../booking-request.ts';
import { BookingForm } from './booking-form.tsx';
import { bookingNamespace } from './i18n.ts';

export type BookingDrawerProps = {
  /** Open while not null: the free time that was clicked or dragged over. */
  request: BookingRequest | null;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
};

/**
 * Books a visit from the appointment book. While it is open the chosen time is held (POST
 * /holds), so another desk cannot take it meanwhile; closing it gives the time back.
 */
export function BookingDrawer({ request, onClose, onBooked }: BookingDrawerProps) {
  const { t } = useTranslation(bookingNamespace);
  // The last request stays on screen while the drawer slides out.
  const [shown, setShown] = useState(request);
  const [opening, setOpening] = useState(0);
  if (request !== null && request !== shown) {
    setShown(request);
    setOpening((count) => count + 1);
  }

  return (
    <Drawer
      opened={request !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('drawer.title')}
      closeButtonProps={{ 'aria-label': t('drawer.close') }}
    >
      {shown && (
        // A new request starts a fresh form (and a fresh hold).
        <BookingDrawerBody
          key={opening}
          request={shown}
          active={request !== null}
          onClose={onClose}
          onBooked={onBooked}
        />
      )}
    </Drawer>
  );
}

function BookingDrawerBody({
  request,
  active,
  onClose,
  onBooked,
}: {
  request: BookingRequest;
  active: boolean;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
}) {
  const { t } = useTranslation(bookingNamespace);
  const format = useLocaleFormat();
  const providers = useProviders();
  const types = useAppointmentTypes();
  // Optional: a role that may not list operatories still books without one.
  const operatories = useOperatories();

  if (providers.isError || types.isError) {
    return (
      <Alert color="red" title={t('drawer.loadFailed')}>
        <Text size="sm">{apiErrorMessage(providers.error ?? types.error)}</Text>
      </Alert>
    );
  }
  if (!format || !providers.data || !types.data || operatories.isPending) {
    return (
      <Group gap="xs">
        <Loader size="sm" aria-hidden="true" />
        <Text size="sm">{t('drawer.loading')}</Text>
      </Group>
    );
  }
  return (
    <BookingForm
      request={request}
      active={active}
      providers={providers.data}
      types={types.data}
      operatories={operatories.data ?? []}
      format={format}
      onClose={onClose}
      onBooked={onBooked}
    />
  );
}
