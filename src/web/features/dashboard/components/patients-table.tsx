import { useTranslation } from 'react-i18next';
import type { PatientsReport, PatientsRow } from '../../../../shared/reports.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';
import { formatCount, formatMonth } from './figure-format.ts';
import { type ReportColumn, ReportTable } from './report-table.tsx';

type Props = { report: PatientsReport; format: LocaleFormat };

export function PatientsTable({ report, format }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const total: PatientsRow = { key: 'total', label: t('reports.total'), ...report.totals };
  const count = (header: string, value: (row: PatientsRow) => number): ReportColumn<PatientsRow> => ({
    header,
    numeric: true,
    cell: (row) => formatCount(value(row), format),
  });
  const columns: ReportColumn<PatientsRow>[] = [
    {
      header: t('reports.columns.month'),
      cell: (row) =>
        row === total || !/^\d{4}-\d{2}$/.test(row.key) ? row.label : formatMonth(row.key, format),
    },
    count(t('reports.columns.newPatients'), (row) => row.newPatients),
    count(t('reports.columns.returningPatients'), (row) => row.returningPatients),
    count(t('reports.columns.activePatients'), (row) => row.activePatients),
  ];
  return (
    <ReportTable
      label={t('reports.tableLabels.patients')}
      columns={columns}
      rows={report.rows}
      rowKey={(row) => row.key}
      total={total}
    />
  );
}
