import { Radio, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { usePostAdjustment } from '../api/use-post-adjustment.ts';
import { billingNamespace } from '../i18n.ts';
import { AmountInput } from './amount-input.tsx';
import { BillingModal, ModalForm } from './modal-form.tsx';
import { useAmountAndNote } from './use-amount-and-note.ts';

type Props = { patientId: string; format: LocaleFormat; opened: boolean; onClose: () => void };
type Direction = 'discount' | 'increase';

/** Admins and managers: a discount or write-off (negative) or an increase, with its reason. */
export function AdjustmentModal({ patientId, format, opened, onClose }: Props) {
  const { t } = useTranslation(billingNamespace);
  const post = usePostAdjustment();
  const [direction, setDirection] = useState<Direction>('discount');
  const form = useAmountAndNote(format.currency);

  function close() {
    setDirection('discount');
    form.reset();
    post.reset();
    onClose();
  }

  function submit() {
    const checked = form.read();
    if (!checked) return;
    const amountCents = direction === 'discount' ? -checked.amountCents : checked.amountCents;
    post.mutate(
      { patientId, amountCents, reason: checked.note },
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
    <BillingModal opened={opened} onClose={close} title={t('adjustment.title')}>
      <ModalForm
        onSubmit={submit}
        onCancel={close}
        problem={post.error}
        pending={post.isPending}
        submitLabel={t('adjustment.submit')}
      >
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
        <AmountInput label={t('adjustment.amount')} {...form.amountProps} withAsterisk />
        <TextInput label={t('adjustment.reason')} {...form.noteProps} />
      </ModalForm>
    </BillingModal>
  );
}
