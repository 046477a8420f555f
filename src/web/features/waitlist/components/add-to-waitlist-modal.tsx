import { Alert, Loader, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useAppointmentTypes, useProviders } from '../../../api/scheduling-catalog.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { waitlistNamespace } from '../i18n.ts';
import { WaitlistEntryForm, type WaitlistPrefill } from './waitlist-entry-form.tsx';

type Props = {
  /** Open while not null: what the form starts with. */
  prefill: WaitlistPrefill | null;
  onClose: () => void;
};

/** The one "Add to waitlist" form, in a dialog: opened from the waitlist page, a chart or the book. */
export function AddToWaitlistModal({ prefill, onClose }: Props) {
  const { t } = useTranslation(waitlistNamespace);
  // A new prefill starts a fresh form; the last one stays while the dialog closes.
  const [shown, setShown] = useState(prefill);
  const [opening, setOpening] = useState(0);
  if (prefill !== null && prefill !== shown) {
    setShown(prefill);
    setOpening((count) => count + 1);
  }
  return (
    <Modal
      opened={prefill !== null}
      onClose={onClose}
      title={t('add.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('add.close') }}
    >
      {shown && <ModalBody key={opening} prefill={shown} onClose={onClose} />}
    </Modal>
  );
}

function ModalBody({ prefill, onClose }: { prefill: WaitlistPrefill; onClose: () => void }) {
  const { t } = useTranslation(waitlistNamespace);
  const providers = useProviders();
  const types = useAppointmentTypes();
  const format = useLocaleFormat();
  if (providers.isError || types.isError) {
    return (
      <Alert color="red" title={t('add.loadFailed')}>
        {apiErrorMessage(providers.error ?? types.error)}
      </Alert>
    );
  }
  if (!providers.data || !types.data || !format) {
    return <Loader size="sm" role="progressbar" aria-label={t('loading')} />;
  }
  return (
    <WaitlistEntryForm
      prefill={prefill}
      providers={providers.data}
      types={types.data}
      timeZone={format.timeZone}
      onCancel={onClose}
      onAdded={onClose}
    />
  );
}
