import { useTranslation } from 'react-i18next';
import type { ProductionReport, ProductionRow } from '../../../../shared/reports.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';
import { type ReportColumn, ReportTable } from './report-table.tsx';
import { useRowLabel } from './use-row-label.ts';

type Props = { report: ProductionReport; format: LocaleFormat; label: string };

export function ProductionTable({ report, format, label }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const rowLabel = useRowLabel(format);
  const money = (cents: number) => formatMoney(cents, { ...format, currency: report.currency });
  const total: ProductionRow = { key: 'total', label: t('reports.total'), ...report.totals };
  const figure = (header: string, value: (row: ProductionRow) => number): ReportColumn<ProductionRow> => ({
    header,
    numeric: true,
    cell: (row) => money(value(row)),
  });
  const columns: ReportColumn<ProductionRow>[] = [
    {
      header: t(`groupings.${report.groupBy}`),
      cell: (row) => (row === total ? row.label : rowLabel(row, report.groupBy)),
    },
    figure(t('reports.columns.production'), (row) => row.productionCents),
    figure(t('reports.columns.adjustments'), (row) => row.adjustmentsCents),
    figure(t('reports.columns.payments'), (row) => row.paymentsCents),
    figure(t('reports.columns.refunds'), (row) => row.refundsCents),
    figure(t('reports.columns.collections'), (row) => row.collectionsCents),
    figure(t('reports.columns.scheduled'), (row) => row.scheduledProductionCents),
  ];
  return (
    <ReportTable label={label} columns={columns} rows={report.rows} rowKey={(row) => row.key} total={total} />
  );
}
