import { useTranslation } from 'react-i18next';
import type { AppointmentsReport, AppointmentsRow } from '../../../../shared/reports.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';
import { formatCount, formatRatio } from './figure-format.ts';
import { type ReportColumn, ReportTable } from './report-table.tsx';
import { useRowLabel } from './use-row-label.ts';

type Props = { report: AppointmentsReport; format: LocaleFormat; label: string };

export function AppointmentsTable({ report, format, label }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const rowLabel = useRowLabel(format);
  const total: AppointmentsRow = { key: 'total', label: t('reports.total'), ...report.totals };
  const count = (header: string, value: (row: AppointmentsRow) => number): ReportColumn<AppointmentsRow> => ({
    header,
    numeric: true,
    cell: (row) => formatCount(value(row), format),
  });
  const columns: ReportColumn<AppointmentsRow>[] = [
    {
      header: t(`groupings.${report.groupBy}`),
      cell: (row) => (row === total ? row.label : rowLabel(row, report.groupBy)),
    },
    count(t('reports.columns.total'), (row) => row.total),
    count(t('reports.columns.completed'), (row) => row.completed),
    count(t('reports.columns.cancelled'), (row) => row.cancelled),
    count(t('reports.columns.lateCancellations'), (row) => row.lateCancellations),
    count(t('reports.columns.noShow'), (row) => row.noShow),
    {
      header: t('reports.columns.noShowRate'),
      numeric: true,
      cell: (row) => formatRatio(row.noShowRate, format, t('reports.notApplicable')),
    },
  ];
  return (
    <ReportTable label={label} columns={columns} rows={report.rows} rowKey={(row) => row.key} total={total} />
  );
}
