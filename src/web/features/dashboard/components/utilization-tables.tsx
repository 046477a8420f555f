import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UtilizationReport, UtilizationRow } from '../../../../shared/reports.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';
import { formatHours, formatRatio } from './figure-format.ts';
import { type ReportColumn, ReportTable } from './report-table.tsx';
import { useRowLabel } from './use-row-label.ts';

type Props = { report: UtilizationReport; format: LocaleFormat };

/** Booked against available hours: per provider (with the clinic's total), then per chair. */
export function UtilizationTables({ report, format }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const rowLabel = useRowLabel(format);
  const total: UtilizationRow = { key: 'total', label: t('reports.total'), ...report.totals };
  const columns = (grouping: 'provider' | 'chair'): ReportColumn<UtilizationRow>[] => [
    {
      header: t(`reports.columns.${grouping}`),
      cell: (row) => (row === total ? row.label : rowLabel(row, grouping)),
    },
    {
      header: t('reports.columns.available'),
      numeric: true,
      cell: (row) => formatHours(row.availableMinutes, format),
    },
    {
      header: t('reports.columns.booked'),
      numeric: true,
      cell: (row) => formatHours(row.bookedMinutes, format),
    },
    {
      header: t('reports.columns.ratio'),
      numeric: true,
      cell: (row) => formatRatio(row.ratio, format, t('reports.notApplicable')),
    },
  ];
  return (
    <Stack>
      <ReportTable
        label={t('reports.tableLabels.utilizationProviders')}
        columns={columns('provider')}
        rows={report.providers}
        rowKey={(row) => row.key}
        total={total}
      />
      <ReportTable
        label={t('reports.tableLabels.utilizationChairs')}
        columns={columns('chair')}
        rows={report.chairs}
        rowKey={(row) => row.key}
      />
    </Stack>
  );
}
