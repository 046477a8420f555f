import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Payment, PaymentStatus } from '../../../../shared/billing.ts';
import { formatMoney, formatTime, type LocaleFormat } from '../../../i18n/format.ts';
import { billingNamespace } from '../i18n.ts';
import { BillingTable } from './billing-table.tsx';
import { type Look, LookBadge } from './look-badge.tsx';
import { ReceiptButtons } from './receipt-buttons.tsx';

const statusLook: Record<PaymentStatus, Look> = {
  pending: { color: 'gray', icon: '…' },
  succeeded: { color: 'teal', icon: '✓' },
  failed: { color: 'red', icon: '✕' },
  cancelled: { color: 'gray', icon: '∅' },
};

/** One day's payments: when, who, how, how much, and what was refunded of it. */
export function PaymentsTable({ payments, format }: { payments: Payment[]; format: LocaleFormat }) {
  const { t } = useTranslation(billingNamespace);
  return (
    <BillingTable
      label={t('payments.listLabel')}
      minWidth={760}
      striped
      columns={[
        { label: t('payments.columns.time') },
        { label: t('payments.columns.patient') },
        { label: t('payments.columns.method') },
        { label: t('payments.columns.amount'), numeric: true },
        { label: t('payments.columns.refunded'), numeric: true },
        { label: t('payments.columns.status') },
        { label: t('payments.columns.receipt') },
      ]}
    >
      {payments.map((payment) => {
        const look = statusLook[payment.status];
        return (
          <Table.Tr key={payment.id} data-payment={payment.id}>
            <Table.Td>{formatTime(payment.settledAt ?? payment.createdAt, format)}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/patients/${encodeURIComponent(payment.patientId)}?tab=billing`}>
                {payment.patientName ?? '—'}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {t(`payment.methods.${payment.method}`)}
              {payment.reference && (
                <Text size="xs" component="span" display="block">
                  {payment.reference}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{formatMoney(payment.amountCents, format)}</Table.Td>
            <Table.Td ta="right">
              {payment.refundedCents > 0 ? formatMoney(payment.refundedCents, format) : '—'}
            </Table.Td>
            <Table.Td>
              <LookBadge look={look}>{t(`payments.statuses.${payment.status}`)}</LookBadge>
            </Table.Td>
            <Table.Td>
              {payment.status === 'succeeded' && (
                <ReceiptButtons paymentId={payment.id} receiptNumber={payment.receiptNumber} size="xs" />
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </BillingTable>
  );
}
