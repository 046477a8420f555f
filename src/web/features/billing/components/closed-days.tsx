import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayClose } from '../../../../shared/billing.ts';
import { formatDateTime, formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { billingNamespace } from '../i18n.ts';

type Props = { closes: DayClose[]; format: LocaleFormat; dateLabel: (date: string) => string };

/** The closed days with their frozen totals, newest first. */
export function ClosedDays({ closes, format, dateLabel }: Props) {
  const { t } = useTranslation(billingNamespace);
  if (closes.length === 0) return <Text size="sm">{t('payments.noClosedDays')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label={t('payments.closedDays')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('payments.date')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('payments.totalPayments')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('payments.totalRefunds')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('payments.charges')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('payments.adjustments')}
            </Table.Th>
            <Table.Th scope="col">{t('payments.closed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
