import { Alert, Button, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { usePayment } from '../api/use-payment.ts';
import { useRefundPayment } from '../api/use-refund-payment.ts';
import { billingNamespace } from '../i18n.ts';
import { AmountInput } from './amount-input.tsx';
import { toMinorUnits } from './minor-units.ts';

type Props = { paymentId: string; format: LocaleFormat; onClose: () => void };

/** Admins and managers: refund part or all of what remains of a payment. Mounted while open. */
export function RefundModal({ paymentId, format, onClose }: Props) {
  const { t } = useTranslation(billingNamespace);
  const payment = usePayment(paymentId);
  const refund = useRefundPayment();
  const [amount, setAmount] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});
  const remaining = payment.data ? payment.data.amountCents - payment.data.refundedCents : 0;

  function submit() {
    const amountCents = amount === '' ? undefined : toMinorUnits(amount, format.currency);
    const found = {
      ...(amountCents === null ? { amount: t('fields.amountRequired') } : {}),
      ...(reason.trim() === '' ? { reason: t('fields.required') } : {}),
    };
    setErrors(found);
    if (amountCents === null || reason.trim() === '') return;
    refund.mutate(
      { paymentId, input: { reason: reason.trim(), ...(amountCents === undefined ? {} : { amountCents }) } },
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
    <Modal
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
      opened
      onClose={onClose}
      title={t('refund.title')}
    >
      {payment.isPending ? (
        <Loader size="sm" role="progressbar" aria-label={t('tab.loading')} />
      ) : payment.isError ? (
        <Alert color="red" role="alert">
          {apiErrorMessage(payment.error)}
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack>
            <Text size="sm">
              {t('refund.paid', { amount: formatMoney(payment.data.amountCents, format) })}
            </Text>
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
                  currency={format.currency}
                  value={amount}
                  onChange={setAmount}
                  error={errors.amount}
                />
                <TextInput
                  label={t('refund.reason')}
                  value={reason}
                  onChange={(event) => setReason(event.currentTarget.value)}
                  error={errors.reason}
                  maxLength={300}
                  withAsterisk
                />
              </>
            )}
            {refund.isError && (
              <Alert color="red" role="alert">
                {apiErrorMessage(refund.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('actions.cancel', { ns: 'common' })}
              </Button>
              {remaining > 0 && (
                <Button type="submit" color="red" loading={refund.isPending}>
                  {t('refund.submit')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
