import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useResetTwoFactor } from '../api/use-reset-two-factor.ts';
import { useUpdateUser } from '../api/use-update-user.ts';
import { usersNamespace } from '../i18n.ts';
import { describeUserAction, type UserAction } from './user-action.ts';

type Props = { action: UserAction | null; onClose: () => void };

export function ConfirmUserActionModal({ action, onClose }: Props) {
  const { t } = useTranslation(usersNamespace);
  const { t: tCommon } = useTranslation();
  const update = useUpdateUser();
  const resetTwoFactor = useResetTwoFactor();
  const text = action ? describeUserAction(action, t, tCommon) : null;
  const pending = update.isPending || resetTwoFactor.isPending;
  const error = update.error ?? resetTwoFactor.error;

  function close() {
    update.reset();
    resetTwoFactor.reset();
    onClose();
  }

  function confirm() {
    if (!action || !text) return;
    const callbacks = {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: text.done });
        close();
      },
    };
    const { id } = action.user;
    if (action.kind === 'reset-two-factor') resetTwoFactor.mutate(id, callbacks);
    else if (action.kind === 'change-role') update.mutate({ id, changes: { role: action.role } }, callbacks);
    else update.mutate({ id, changes: { active: action.kind === 'reactivate' } }, callbacks);
  }

  return (
    <Modal opened={action !== null} onClose={close} title={text?.title} centered>
      <Stack>
        <Text size="sm">{text?.body}</Text>
        {error && (
          <Alert color="red" title={t('actions.notDoneTitle')}>
            {apiErrorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button color={text?.color} loading={pending} onClick={confirm}>
            {text?.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
