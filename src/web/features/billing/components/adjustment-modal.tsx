import { Alert, Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { usePostAdjustment } from '../api/use-post-adjustment.ts';
import { billingNamespace } from '../i18n.ts';
import { AmountInput } from './amount-input.tsx';
import { toMinorUnits } from './minor-units.ts';

type Props = { patientId: string; format: LocaleFormat; opened: boolean; onClose: () => void };
type Direction = 'discount' | 'increase';

/** Admins and managers: a discount or write-off (negative) or an increase, with its reason. */
export function AdjustmentModal({ patientId, format, opened, onClose }: Props) {
  const { t } = useTranslation(billingNamespace);
  const post = usePostAdjustment();
  const [direction, setDirection] = useState<Direction>('discount');
  const [amount, setAmount] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});

  function close() {
    setDirection('discount');
    setAmount('');
    setReason('');
    setErrors({});
    post.reset();
    onClose();
  }

  function submit() {
    const cents = toMinorUnits(amount, format.currency);
    const found = {
      ...(cents === null ? { amount: t('fields.amountRequired') } : {}),
      ...(reason.trim() === '' ? { reason: t('fields.required') } : {}),
    };
    setErrors(found);
    if (cents === null || reason.trim() === '') return;
    const amountCents = direction === 'discount' ? -cents : cents;
    post.mutate(
      { patientId, amountCents, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('adjustment.done', { amount: formatMoney(amountCents, format) }),
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
      title={t('adjustment.title')}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Radio.Group
            label={t('adjustment.direction')}
            value={direction}
            onChange={(value) => setDirection(value === 'increase' ? 'increase' : 'discount')}
          >
            <Stack gap={6} mt={6}>
              <Radio value="discount" label={t('adjustment.discount')} />
              <Radio value="increase" label={t('adjustment.increase')} />
            </Stack>
          </Radio.Group>
          <AmountInput
            label={t('adjustment.amount')}
            currency={format.currency}
            value={amount}
            onChange={setAmount}
            error={errors.amount}
            withAsterisk
          />
          <TextInput
            label={t('adjustment.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
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
              {t('adjustment.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
