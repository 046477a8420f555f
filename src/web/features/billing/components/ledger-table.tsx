import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { balanceEffect } from '../../../../shared/balance-effect.ts';
import type { LedgerEntry, LedgerEntryKind } from '../../../../shared/billing.ts';
import { formatDateTime, formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { billingNamespace } from '../i18n.ts';
import { BillingTable } from './billing-table.tsx';
import { type Look, LookBadge } from './look-badge.tsx';
import { ReceiptButtons } from './receipt-buttons.tsx';

type Props = {
  entries: LedgerEntry[];
  format: LocaleFormat;
  mayRefund: boolean;
  onRefund: (paymentId: string) => void;
};

export const kindLook: Record<LedgerEntryKind, Look> = {
  charge: { color: 'gray', icon: '+' },
  payment: { color: 'teal', icon: '−' },
  refund: { color: 'orange', icon: '↩' },
  adjustment: { color: 'blue', icon: '±' },
};

/** The patient's ledger, oldest first, each row with the running balance after it. */
export function LedgerTable({ entries, format, mayRefund, onRefund }: Props) {
  const { t } = useTranslation(billingNamespace);
  const reversed = new Set(
    entries.flatMap((entry) => (entry.reversesEntryId ? [entry.reversesEntryId] : [])),
  );
  return (
    <BillingTable
      label={t('ledger.title')}
      caption={t('ledger.caption')}
      minWidth={760}
      striped
      highlightOnHover
      columns={[
        { label: t('ledger.columns.date') },
        { label: t('ledger.columns.kind') },
        { label: t('ledger.columns.description') },
        { label: t('ledger.columns.amount'), numeric: true },
        { label: t('ledger.columns.balance'), numeric: true },
        { label: t('ledger.columns.by') },
        { label: t('ledger.columns.actions') },
      ]}
    >
      {entries.map((entry) => {
        const look = kindLook[entry.kind];
        const isReversal = Boolean(entry.reversesEntryId);
        const isReversed = reversed.has(entry.id);
        return (
          <Table.Tr key={entry.id} data-ledger-entry={entry.kind}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.postedAt, format)}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <LookBadge look={look}>{t(`ledger.kinds.${entry.kind}`)}</LookBadge>
                {isReversal && (
                  <Badge variant="outline" color="dark" tt="none">
                    {t('ledger.reversal')}
                  </Badge>
                )}
                {isReversed && (
                  <Badge variant="outline" color="dark" tt="none">
                    {t('ledger.reversed')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td td={isReversed ? 'line-through' : undefined}>{entry.description}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(balanceEffect(entry.kind, entry.amountCents), format, {
                signDisplay: 'exceptZero',
              })}
            </Table.Td>
            <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(entry.balanceAfterCents, format)}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{entry.createdByName ?? (entry.createdBy ? '—' : t('ledger.system'))}</Text>
            </Table.Td>
            <Table.Td>
              {entry.kind === 'payment' && entry.paymentId && (
                <Group
                  gap={4}
                  wrap="nowrap"
                  role="group"
                  aria-label={t('ledger.rowActions', { description: entry.description })}
                >
                  <ReceiptButtons paymentId={entry.paymentId} receiptNumber={null} size="xs" />
                  {mayRefund && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => entry.paymentId && onRefund(entry.paymentId)}
                    >
                      {t('refund.open')}
                    </Button>
                  )}
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </BillingTable>
  );
}
