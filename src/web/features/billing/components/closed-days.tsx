import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayClose } from '../../../../shared/billing.ts';
import { formatDateTime, formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { billingNamespace } from '../i18n.ts';
import { BillingTable } from './billing-table.tsx';

type Props = { closes: DayClose[]; format: LocaleFormat; dateLabel: (date: string) => string };

/** The closed days with their frozen totals, newest first. */
export function ClosedDays({ closes, format, dateLabel }: Props) {
  const { t } = useTranslation(billingNamespace);
  if (closes.length === 0) return <Text size="sm">{t('payments.noClosedDays')}</Text>;
  return (
    <BillingTable
      label={t('payments.closedDays')}
      minWidth={640}
      columns={[
        { label: t('payments.date') },
        { label: t('payments.totalPayments'), numeric: true },
        { label: t('payments.totalRefunds'), numeric: true },
        { label: t('payments.charges'), numeric: true },
        { label: t('payments.adjustments'), numeric: true },
        { label: t('payments.closed') },
      ]}
    >
      {closes.map((close) => (
        <Table.Tr key={close.date}>
          <Table.Td>{dateLabel(close.date)}</Table.Td>
          <Table.Td ta="right">{formatMoney(close.totals.paymentsCents, format)}</Table.Td>
          <Table.Td ta="right">{formatMoney(close.totals.refundsCents, format)}</Table.Td>
          <Table.Td ta="right">{formatMoney(close.totals.chargesCents, format)}</Table.Td>
          <Table.Td ta="right">{formatMoney(close.totals.adjustmentsCents, format)}</Table.Td>
          <Table.Td>
            {t('payments.closedBy', {
              name: close.closedByName ?? '—',
              when: formatDateTime(close.closedAt, format),
            })}
          </Table.Td>
        </Table.Tr>
      ))}
    </BillingTable>
  );
}
