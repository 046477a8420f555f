import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useMay } from '../../auth/index.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { useAccount } from '../api/use-account.ts';
import { useLedger } from '../api/use-ledger.ts';
import { billingNamespace } from '../i18n.ts';
import { AccountSummary } from './account-summary.tsx';
import { AdjustmentModal } from './adjustment-modal.tsx';
import { ChargeModal } from './charge-modal.tsx';
import { LedgerTable } from './ledger-table.tsx';
import { RefundModal } from './refund-modal.tsx';
import { StatementButton } from './statement-button.tsx';
import { TakePaymentModal } from './take-payment-modal.tsx';

type Dialog =
  | { kind: 'charge' }
  | { kind: 'adjustment' }
  | { kind: 'payment' }
  | { kind: 'refund'; paymentId: string };

/** The chart's Billing tab: the account, the patient's ledger with its running balance, and the desk's actions. */
export function BillingTab({ patientId }: { patientId: string }) {
  const { t } = useTranslation(billingNamespace);
  const ledger = useLedger(patientId);
  const account = useAccount(ledger.data?.accountId);
  const clinicFormat = useLocaleFormat();
  const mayCharge = useMay('billing.charge');
  const mayAdjust = useMay('billing.adjust');
  const mayTake = useMay('payments.take');
  const mayRefund = useMay('payments.refund');
  const [dialog, setDialog] = useState<Dialog | null>(null);

  if (ledger.isError || account.isError) {
    return (
      <Alert color="red" title={t('tab.loadFailed')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(ledger.error ?? account.error)}</Text>
          <Button
            variant="default"
            onClick={() => {
              void ledger.refetch();
              void account.refetch();
            }}
          >
            {t('tab.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (ledger.isPending || account.isPending || !clinicFormat) {
    return <Loader size="sm" role="progressbar" aria-label={t('tab.loading')} />;
  }
  // The ledger names its currency; the clinic's settings give the language and zone.
  const format: LocaleFormat = { ...clinicFormat, currency: ledger.data.currency };
  const close = () => setDialog(null);

  return (
    <Stack gap="md" data-billing-tab={patientId}>
      <AccountSummary account={account.data} patientId={patientId} format={format} />
      <Group gap="xs" role="group" aria-label={t('tab.actions')}>
        {mayTake && <Button onClick={() => setDialog({ kind: 'payment' })}>{t('payment.open')}</Button>}
        {mayCharge && (
          <Button variant="default" onClick={() => setDialog({ kind: 'charge' })}>
            {t('charge.open')}
          </Button>
        )}
        {mayAdjust && (
          <Button variant="default" onClick={() => setDialog({ kind: 'adjustment' })}>
            {t('adjustment.open')}
          </Button>
        )}
        <StatementButton guarantorId={account.data.guarantorId} />
      </Group>
      <Title order={3} size="h4">
        {t('ledger.title')}
      </Title>
      {ledger.data.entries.length === 0 ? (
        <Text>{t('ledger.empty')}</Text>
      ) : (
        <LedgerTable
          entries={ledger.data.entries}
          format={format}
          mayRefund={mayRefund}
          onRefund={(paymentId) => setDialog({ kind: 'refund', paymentId })}
        />
      )}
      <ChargeModal patientId={patientId} format={format} opened={dialog?.kind === 'charge'} onClose={close} />
      <AdjustmentModal
        patientId={patientId}
        format={format}
        opened={dialog?.kind === 'adjustment'}
        onClose={close}
      />
      {dialog?.kind === 'payment' && (
        <TakePaymentModal
          patientId={patientId}
          owedCents={Math.max(0, ledger.data.balanceCents)}
          format={format}
          opened
          onClose={close}
        />
      )}
      {dialog?.kind === 'refund' && (
        <RefundModal paymentId={dialog.paymentId} format={format} onClose={close} />
      )}
    </Stack>
  );
}
