import { SimpleGrid } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { useAppointmentsReport } from '../api/use-appointments-report.ts';
import { useProductionReport } from '../api/use-production-report.ts';
import { dashboardNamespace } from '../i18n.ts';
import type { DateRange } from '../report-filters.ts';
import { AppointmentsTable } from './appointments-table.tsx';
import { ChartFigure, ChartPanel } from './chart-figure.tsx';
import { formatCount, formatShortDate } from './figure-format.ts';
import { ProductionTable } from './production-table.tsx';
import { ReportState } from './report-state.tsx';
import { useRowLabel } from './use-row-label.ts';

const DailyLineChart = lazy(() =>
  import('./period-charts.tsx').then((charts) => ({ default: charts.DailyLineChart })),
);
const CountBarChart = lazy(() =>
  import('./period-charts.tsx').then((charts) => ({ default: charts.CountBarChart })),
);

type Props = { period: DateRange; format: LocaleFormat };

/** The period at a glance: money by day, and where the appointments ended up. */
export function PeriodChartFigures({ period, format }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <ProductionByDay period={period} format={format} />
      <AppointmentsByStatus period={period} format={format} />
    </SimpleGrid>
  );
}

function ProductionByDay({ period, format }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const report = useProductionReport(period, 'day');
  const title = t('charts.production.title');
  return (
    <ReportState
      query={report}
      failedTitle={t('charts.loadFailed')}
      isEmpty={(data) => data.rows.every((row) => row.productionCents === 0 && row.collectionsCents === 0)}
      emptyText={t('charts.production.empty')}
      wrap={(content) => <ChartPanel title={title}>{content}</ChartPanel>}
    >
      {(data) => {
        const money: LocaleFormat = { ...format, currency: data.currency };
        return (
          <ChartFigure
            title={title}
            chart={
              <DailyLineChart
                data={data.rows.map((row) => ({
                  day: formatShortDate(row.key, format),
                  production: row.productionCents,
                  collections: row.collectionsCents,
                }))}
                dataKey="day"
                series={[
                  { name: 'production', label: t('reports.columns.production'), color: 'blue.6' },
                  { name: 'collections', label: t('reports.columns.collections'), color: 'teal.6' },
                ]}
                valueFormatter={(cents) => formatMoney(cents, money)}
              />
            }
            table={<ProductionTable report={data} format={format} label={title} />}
          />
        );
      }}
    </ReportState>
  );
}

function AppointmentsByStatus({ period, format }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const report = useAppointmentsReport(period, 'status');
  const rowLabel = useRowLabel(format);
  const title = t('charts.appointments.title');
  return (
    <ReportState
      query={report}
      failedTitle={t('charts.loadFailed')}
      isEmpty={(data) => data.totals.total === 0}
      emptyText={t('charts.appointments.empty')}
      wrap={(content) => <ChartPanel title={title}>{content}</ChartPanel>}
    >
      {(data) => (
        <ChartFigure
          title={title}
          chart={
            <CountBarChart
              data={data.rows.map((row) => ({ status: rowLabel(row, 'status'), count: row.total }))}
              dataKey="status"
              series={[{ name: 'count', label: t('charts.appointments.count'), color: 'violet.6' }]}
              valueFormatter={(count) => formatCount(count, format)}
            />
          }
          table={<AppointmentsTable report={data} format={format} label={title} />}
        />
      )}
    </ReportState>
  );
}
