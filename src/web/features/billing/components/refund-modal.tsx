import { Alert, Loader, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { usePayment } from '../api/use-payment.ts';
import { useRefundPayment } from '../api/use-refund-payment.ts';
import { billingNamespace } from '../i18n.ts';
import { AmountInput } from './amount-input.tsx';
import { BillingModal, ModalForm } from './modal-form.tsx';
import { useAmountAndNote } from './use-amount-and-note.ts';

type Props = { paymentId: string; format: LocaleFormat; onClose: () => void };

/** Admins and managers: refund part or all of what remains of a payment. Mounted while open. */
export function RefundModal({ paymentId, format, onClose }: Props) {
  const { t } = useTranslation(billingNamespace);
  const payment = usePayment(paymentId);
  const refund = useRefundPayment();
  const form = useAmountAndNote(format.currency);
  const remaining = payment.data ? payment.data.amountCents - payment.data.refundedCents : 0;

  function submit() {
    const checked = form.readOptionalAmount();
    if (!checked) return;
    const { amountCents } = checked;
    refund.mutate(
      { paymentId, input: { reason: checked.note, ...(amountCents === undefined ? {} : { amountCents }) } },
      {
        onSuccess: (created) => {
          const text = formatMoney(created.amountCents, format);
          notifications.show({
            color: 'teal',
            message:
              created.status === 'pending'
                ? t('refund.pending', { amount: text })
                : t('refund.done', { amount: text }),
          });
          onClose();
        },
      },
    );
  }

  return (
    <BillingModal opened onClose={onClose} title={t('refund.title')}>
      {payment.isPending ? (
        <Loader size="sm" role="progressbar" aria-label={t('tab.loading')} />
      ) : payment.isError ? (
        <Alert color="red" role="alert">
          {apiErrorMessage(payment.error)}
        </Alert>
      ) : (
        <ModalForm
          onSubmit={submit}
          onCancel={onClose}
          problem={refund.error}
          pending={refund.isPending}
          submitLabel={remaining > 0 ? t('refund.submit') : undefined}
          submitColor="red"
        >
          <Text size="sm">{t('refund.paid', { amount: formatMoney(payment.data.amountCents, format) })}</Text>
          <Text size="sm" fw={600}>
            {remaining > 0
              ? t('refund.refundable', { amount: formatMoney(remaining, format) })
              : t('refund.nothingLeft')}
          </Text>
          {remaining > 0 && (
            <>
              <AmountInput
                label={t('refund.amount')}
                description={t('refund.amountHint')}
                {...form.amountProps}
              />
              <TextInput label={t('refund.reason')} {...form.noteProps} />
            </>
          )}
        </ModalForm>
      )}
    </BillingModal>
  );
}
