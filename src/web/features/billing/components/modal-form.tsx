import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';

type ModalProps = { title: string; opened: boolean; onClose: () => void; children: ReactNode };

/** A billing dialog whose close button is named in the user's language. */
export function BillingModal({ title, opened, onClose, children }: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
      opened={opened}
      onClose={onClose}
      title={title}
    >
      {children}
    </Modal>
  );
}

type FormProps = {
  onSubmit: () => void;
  onCancel: () => void;
  /** The failed request's error, shown as its problem's message; nothing when null. */
  problem: unknown;
  pending: boolean;
  /** No submit button when absent (nothing left to send). */
  submitLabel?: string | undefined;
  submitColor?: string | undefined;
  cancelLabel?: string | undefined;
  children: ReactNode;
};

/**
 * The body every billing dialog's form shares: fields checked in the browser (`noValidate`),
 * the server's problem under them, then cancel and submit.
 */
export function ModalForm(props: FormProps) {
  const { t } = useTranslation();
  const { onSubmit, onCancel, problem, pending, submitLabel, submitColor, cancelLabel, children } = props;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack>
        {children}
        {problem != null && (
          <Alert color="red" role="alert">
            {apiErrorMessage(problem)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel ?? t('actions.cancel', { ns: 'common' })}
          </Button>
          {submitLabel !== undefined && (
            <Button type="submit" color={submitColor} loading={pending}>
              {submitLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
