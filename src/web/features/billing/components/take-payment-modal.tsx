import { Alert, Button, CopyButton, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Payment, PaymentInput } from '../../../../shared/billing.ts';
import { newIdempotencyKey } from '../../../api/idempotency-key.ts';
import { formatDateTime, formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { useMay } from '../../auth/index.ts';
import { useBillingSettings } from '../api/use-billing-settings.ts';
import { useCreatePaymentLink } from '../api/use-create-payment-link.ts';
import { useTakePayment } from '../api/use-take-payment.ts';
import { billingNamespace } from '../i18n.ts';
import { AmountInput } from './amount-input.tsx';
import { fromMinorUnits, toMinorUnits } from './minor-units.ts';
import { BillingModal, ModalForm } from './modal-form.tsx';
import { ReceiptButtons } from './receipt-buttons.tsx';

type Props = {
  patientId: string;
  /** What the patient owes now; the amount starts there. */
  owedCents: number;
  format: LocaleFormat;
  opened: boolean;
  onClose: () => void;
};

const choices = ['cash', 'card_terminal', 'check', 'link'] as const;
type Choice = (typeof choices)[number];

/**
 * Records a payment at the desk (cash, the card terminal, a check) with a receipt to print, or
 * makes a card payment link for the patient. One Idempotency-Key per distinct payment: sending
 * the same form again after a lost answer records it once.
 */
export function TakePaymentModal({ patientId, owedCents, format, opened, onClose }: Props) {
  const { t } = useTranslation(billingNamespace);
  const settings = useBillingSettings();
  const mayLink = useMay('payment_links.create');
  const take = useTakePayment();
  const link = useCreatePaymentLink();
  const [choice, setChoice] = useState<Choice>('cash');
  const [amount, setAmount] = useState<number | string>(() => initialAmount(owedCents, format.currency));
  const [reference, setReference] = useState('');
  const [amountError, setAmountError] = useState<string>();
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const [recorded, setRecorded] = useState<Payment | null>(null);

  const linkAvailable = mayLink && settings.data?.cardPaymentsAvailable === true;
  const offered = choices.filter((value) => value !== 'link' || linkAvailable);

  function close() {
    setChoice('cash');
    setAmount(initialAmount(owedCents, format.currency));
    setReference('');
    setAmountError(undefined);
    setRecorded(null);
    attempt.current = null;
    take.reset();
    link.reset();
    onClose();
  }

  function submit() {
    const amountCents = toMinorUnits(amount, format.currency);
    if (choice === 'link') {
      // An empty amount asks for what the account owes when the link is opened.
      if (amount !== '' && amountCents === null) return setAmountError(t('fields.amountRequired'));
      setAmountError(undefined);
      link.mutate({ patientId, ...(amountCents === null ? {} : { amountCents }) });
      return;
    }
    if (amountCents === null) return setAmountError(t('fields.amountRequired'));
    setAmountError(undefined);
    const input: PaymentInput = {
      patientId,
      amountCents,
      method: choice,
      ...(reference.trim() === '' || choice === 'cash' ? {} : { reference: reference.trim() }),
    };
    const body = JSON.stringify(input);
    if (attempt.current?.body !== body) attempt.current = { body, key: newIdempotencyKey() };
    take.mutate({ input, idempotencyKey: attempt.current.key }, { onSuccess: setRecorded });
  }

  return (
    <BillingModal opened={opened} onClose={close} title={t('payment.title')}>
      {recorded ? (
        <Stack>
          <Alert color="teal" role="status">
            {t('payment.done', {
              amount: formatMoney(recorded.amountCents, format),
              receipt: recorded.receiptNumber ?? '—',
            })}
          </Alert>
          <ReceiptButtons paymentId={recorded.id} receiptNumber={recorded.receiptNumber} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('actions.close', { ns: 'common' })}</Button>
          </Group>
        </Stack>
      ) : (
        <ModalForm
          onSubmit={submit}
          onCancel={close}
          problem={take.error ?? link.error}
          pending={take.isPending || link.isPending}
          submitLabel={
            link.data ? undefined : choice === 'link' ? t('payment.createLink') : t('payment.submit')
          }
          cancelLabel={link.data ? t('actions.close', { ns: 'common' }) : undefined}
        >
          {owedCents > 0 && (
            <Text size="sm">{t('payment.owed', { amount: formatMoney(owedCents, format) })}</Text>
          )}
          <Radio.Group
            label={t('payment.method')}
            value={choice}
            onChange={(value) => {
              const next = offered.find((option) => option === value);
              if (next) setChoice(next);
              link.reset();
            }}
          >
            <Stack gap={6} mt={6}>
              {offered.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={value === 'link' ? t('payment.cardLink') : t(`payment.methods.${value}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {choice === 'link' && <Text size="sm">{t('payment.linkIntro')}</Text>}
          <AmountInput
            label={t('payment.amount')}
            currency={format.currency}
            value={amount}
            onChange={setAmount}
            error={amountError}
            description={choice === 'link' ? t('payment.linkAmountHint') : undefined}
            withAsterisk={choice !== 'link'}
          />
          {(choice === 'card_terminal' || choice === 'check') && (
            <TextInput
              label={choice === 'check' ? t('payment.checkNumber') : t('payment.terminalReference')}
              value={reference}
              onChange={(event) => setReference(event.currentTarget.value)}
              maxLength={200}
            />
          )}
          {link.data && (
            <Stack gap={4}>
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('payment.linkLabel')}
                  value={link.data.url}
                  readOnly
                  style={{ flex: 1 }}
                  onFocus={(event) => event.currentTarget.select()}
                />
                <CopyButton value={link.data.url}>
                  {({ copied, copy }) => (
                    <Button variant="default" onClick={copy}>
                      {copied ? t('payment.copied') : t('payment.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="sm">
                {t('payment.linkExpires', { when: formatDateTime(link.data.expiresAt, format) })}
              </Text>
            </Stack>
          )}
        </ModalForm>
      )}
    </BillingModal>
  );
}

function initialAmount(owedCents: number, currency: string): number | string {
  return owedCents > 0 ? fromMinorUnits(owedCents, currency) : '';
}
