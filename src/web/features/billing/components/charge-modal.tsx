import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { usePostCharge } from '../api/use-post-charge.ts';
import { billingNamespace } from '../i18n.ts';
import { AmountInput } from './amount-input.tsx';
import { toMinorUnits } from './minor-units.ts';

type Props = { patientId: string; format: LocaleFormat; opened: boolean; onClose: () => void };

/** Posts a charge for work done outside an appointment's own fee. */
export function ChargeModal({ patientId, format, opened, onClose }: Props) {
  const { t } = useTranslation(billingNamespace);
  const post = usePostCharge();
  const [amount, setAmount] = useState<number | string>('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; description?: string }>({});

  function close() {
    setAmount('');
    setDescription('');
    setErrors({});
    post.reset();
    onClose();
  }

  function submit() {
    const amountCents = toMinorUnits(amount, format.currency);
    const found = {
      ...(amountCents === null ? { amount: t('fields.amountRequired') } : {}),
      ...(description.trim() === '' ? { description: t('fields.required') } : {}),
    };
    setErrors(found);
    if (amountCents === null || description.trim() === '') return;
    post.mutate(
      { patientId, amountCents, description: description.trim() },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('charge.done', { amount: formatMoney(amountCents, format) }),
          });
          close();
        },
      },
    );
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
      opened={opened}
      onClose={close}
      title={t('charge.title')}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <AmountInput
            label={t('charge.amount')}
            currency={format.currency}
            value={amount}
            onChange={setAmount}
            error={errors.amount}
            withAsterisk
            data-autofocus
          />
          <TextInput
            label={t('charge.description')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={errors.description}
            maxLength={300}
            withAsterisk
          />
          {post.isError && (
            <Alert color="red" role="alert">
              {apiErrorMessage(post.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={post.isPending}>
              {t('charge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
