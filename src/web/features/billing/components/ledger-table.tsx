import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry, LedgerEntryKind } from '../../../../shared/billing.ts';
import { formatDateTime, formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { billingNamespace } from '../i18n.ts';
import { ReceiptButtons } from './receipt-buttons.tsx';

type Props = {
  entries: LedgerEntry[];
  format: LocaleFormat;
  mayRefund: boolean;
  onRefund: (paymentId: string) => void;
};

// A sign as well as a colour, so the kind reads without colour vision (and dark text: axe).
export const kindLook: Record<LedgerEntryKind, { color: string; icon: string }> = {
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
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('ledger.title')}>
        <Table.Caption>{t('ledger.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ledger.columns.date')}</Table.Th>
            <Table.Th scope="col">{t('ledger.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('ledger.columns.description')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ledger.columns.amount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ledger.columns.balance')}
            </Table.Th>
            <Table.Th scope="col">{t('ledger.columns.by')}</Table.Th>
            <Table.Th scope="col">{t('ledger.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const look = kindLook[entry.kind];
            const isReversal = Boolean(entry.reversesEntryId);
            const isReversed = reversed.has(entry.id);
            return (
              <Table.Tr key={entry.id} data-ledger-entry={entry.kind}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.postedAt, format)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge
                      variant="light"
                      color={look.color}
                      c="dark.7"
                      tt="none"
                      leftSection={<span aria-hidden="true">{look.icon}</span>}
                    >
                      {t(`ledger.kinds.${entry.kind}`)}
                    </Badge>
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
                  {formatMoney(entry.amountCents, format)}
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
