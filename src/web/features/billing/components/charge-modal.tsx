import { TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { usePostCharge } from '../api/use-post-charge.ts';
import { billingNamespace } from '../i18n.ts';
import { AmountInput } from './amount-input.tsx';
import { BillingModal, ModalForm } from './modal-form.tsx';
import { useAmountAndNote } from './use-amount-and-note.ts';

type Props = { patientId: string; format: LocaleFormat; opened: boolean; onClose: () => void };

/** Posts a charge for work done outside an appointment's own fee. */
export function ChargeModal({ patientId, format, opened, onClose }: Props) {
  const { t } = useTranslation(billingNamespace);
  const post = usePostCharge();
  const form = useAmountAndNote(format.currency);

  function close() {
    form.reset();
    post.reset();
    onClose();
  }

  function submit() {
    const checked = form.read();
    if (!checked) return;
    const { amountCents } = checked;
    post.mutate(
      { patientId, amountCents, description: checked.note },
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
    <BillingModal opened={opened} onClose={close} title={t('charge.title')}>
      <ModalForm
        onSubmit={submit}
        onCancel={close}
        problem={post.error}
        pending={post.isPending}
        submitLabel={t('charge.submit')}
      >
        <AmountInput label={t('charge.amount')} {...form.amountProps} withAsterisk data-autofocus />
        <TextInput label={t('charge.description')} {...form.noteProps} />
      </ModalForm>
    </BillingModal>
  );
}
