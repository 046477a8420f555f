import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgingRow, AgingTotals } from '../../../../shared/reports.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';
import { formatCount } from './figure-format.ts';
import { type ReportColumn, ReportTable } from './report-table.tsx';

type Props = { rows: AgingRow[]; totals: AgingTotals; currency: string; format: LocaleFormat };

/** Each account's balance by age of its charges; the account holder opens their billing. */
export function AgingTable({ rows, totals, currency, format }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const money = (cents: number) => formatMoney(cents, { ...format, currency });
  const total: AgingRow = {
    key: 'total',
    label: t('reports.total'),
    guarantorId: 'total',
    ...totals,
    members: 0,
  };
  const figure = (header: string, value: (row: AgingRow) => number): ReportColumn<AgingRow> => ({
    header,
    numeric: true,
    cell: (row) => money(value(row)),
  });
  const columns: ReportColumn<AgingRow>[] = [
    {
      header: t('reports.columns.account'),
      cell: (row) =>
        row === total ? (
          row.label
        ) : (
          <Anchor component={Link} to={`/patients/${encodeURIComponent(row.guarantorId)}?tab=billing`}>
            {row.label}
          </Anchor>
        ),
    },
    {
      header: t('reports.columns.members'),
      numeric: true,
      cell: (row) => (row === total ? '' : formatCount(row.members, format)),
    },
    figure(t('reports.columns.balance'), (row) => row.balanceCents),
    figure(t('reports.columns.current'), (row) => row.current),
    figure(t('reports.columns.days31to60'), (row) => row.days31to60),
    figure(t('reports.columns.days61to90'), (row) => row.days61to90),
    figure(t('reports.columns.over90'), (row) => row.over90),
  ];
  return (
    <ReportTable
      label={t('reports.tableLabels.aging')}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      total={total}
    />
  );
}
