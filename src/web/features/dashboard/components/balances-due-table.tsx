import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BalanceDueToday } from '../../../../shared/dashboard.ts';
import { formatMoney, formatTime, type LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';

type Props = { balances: BalanceDueToday[]; format: LocaleFormat };

/** Who to collect from today, by visit time; each name opens that patient's billing. */
export function BalancesDueTable({ balances, format }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const headingId = useId();
  const { t: tCommon } = useTranslation();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} id={headingId}>
        {t('balances.title')}
      </Title>
      {balances.length === 0 ? (
        <Text c="dimmed">{t('balances.empty')}</Text>
      ) : (
        <Table.ScrollContainer
          type="native"
          minWidth={560}
          tabIndex={0}
          role="region"
          aria-label={t('balances.label')}
        >
          <Table striped verticalSpacing="xs" aria-label={t('balances.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('balances.visit')}</Table.Th>
                <Table.Th scope="col">{t('balances.patient')}</Table.Th>
                <Table.Th scope="col">{t('balances.status')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('balances.balance')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balances.map((row) => (
                <Table.Tr key={row.patientId}>
                  <Table.Td>{formatTime(row.visitStart, format)}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/patients/${encodeURIComponent(row.patientId)}?tab=billing`}
                      title={t('balances.openChart', { name: row.patientName })}
                    >
                      {row.patientName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray" tt="none">
                      {tCommon(`appointmentStatus.${row.visitStatus}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatMoney(row.balanceCents, { ...format, currency: row.currency })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
