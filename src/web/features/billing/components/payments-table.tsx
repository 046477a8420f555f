import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Payment, PaymentStatus } from '../../../../shared/billing.ts';
import { formatMoney, formatTime, type LocaleFormat } from '../../../i18n/format.ts';
import { billingNamespace } from '../i18n.ts';
import { ReceiptButtons } from './receipt-buttons.tsx';

const statusLook: Record<PaymentStatus, { color: string; icon: string }> = {
  pending: { color: 'gray', icon: '…' },
  succeeded: { color: 'teal', icon: '✓' },
  failed: { color: 'red', icon: '✕' },
  cancelled: { color: 'gray', icon: '∅' },
};

/** One day's payments: when, who, how, how much, and what was refunded of it. */
export function PaymentsTable({ payments, format }: { payments: Payment[]; format: LocaleFormat }) {
  const { t } = useTranslation(billingNamespace);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" aria-label={t('payments.listLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('payments.columns.time')}</Table.Th>
            <Table.Th scope="col">{t('payments.columns.patient')}</Table.Th>
            <Table.Th scope="col">{t('payments.columns.method')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('payments.columns.amount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('payments.columns.refunded')}
            </Table.Th>
            <Table.Th scope="col">{t('payments.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('payments.columns.receipt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payments.map((payment) => {
            const look = statusLook[payment.status];
            return (
              <Table.Tr key={payment.id} data-payment={payment.id}>
                <Table.Td>{formatTime(payment.settledAt ?? payment.createdAt, format)}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/patients/${encodeURIComponent(payment.patientId)}?tab=billing`}
                  >
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
                  <Badge
                    variant="light"
                    color={look.color}
                    c="dark.7"
                    tt="none"
                    leftSection={<span aria-hidden="true">{look.icon}</span>}
                  >
                    {t(`payments.statuses.${payment.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {payment.status === 'succeeded' && (
                    <ReceiptButtons paymentId={payment.id} receiptNumber={payment.receiptNumber} size="xs" />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
