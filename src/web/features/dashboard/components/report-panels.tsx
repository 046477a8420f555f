import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appointmentGroupings, productionGroupings } from '../../../../shared/reports.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { reportPaths } from '../api/report-paths.ts';
import { useAgingReport } from '../api/use-aging-report.ts';
import { useAppointmentsReport } from '../api/use-appointments-report.ts';
import { usePatientsReport } from '../api/use-patients-report.ts';
import { useProductionReport } from '../api/use-production-report.ts';
import { useUtilizationReport } from '../api/use-utilization-report.ts';
import { dashboardNamespace } from '../i18n.ts';
import type { DateRange, FilterChanges, ReportFilters } from '../report-filters.ts';
import { AgingTable } from './aging-table.tsx';
import { AppointmentsTable } from './appointments-table.tsx';
import { PatientsTable } from './patients-table.tsx';
import { ProductionTable } from './production-table.tsx';
import { ReportState } from './report-state.tsx';
import { ReportToolbar } from './report-toolbar.tsx';
import { UtilizationTables } from './utilization-tables.tsx';

type Props = {
  filters: ReportFilters;
  period: DateRange;
  format: LocaleFormat;
  onChange: (changes: FilterChanges) => void;
};

const fileName = (name: string, period: DateRange) => `${name}-${period.from}-${period.to}.csv`;

export function ProductionPanel({ filters, period, format, onChange }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const groupBy = filters.productionGroupBy;
  const report = useProductionReport(period, groupBy);
  const what = t('reports.tableLabels.production', { grouping: t(`groupings.${groupBy}`).toLowerCase() });
  return (
    <Stack>
      <ReportToolbar
        what={what}
        csvPath={reportPaths.production(period, groupBy)}
        csvFileName={fileName(`production-by-${groupBy}`, period)}
        grouping={{
          value: groupBy,
          options: productionGroupings,
          onChange: (value) => onChange({ groupBy: value }),
        }}
      />
      <ReportState query={report} isEmpty={(data) => data.rows.length === 0}>
        {(data) => <ProductionTable report={data} format={format} label={what} />}
      </ReportState>
    </Stack>
  );
}

export function AppointmentsPanel({ filters, period, format, onChange }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const groupBy = filters.appointmentsGroupBy;
  const report = useAppointmentsReport(period, groupBy);
  const what = t('reports.tableLabels.appointments', { grouping: t(`groupings.${groupBy}`).toLowerCase() });
  return (
    <Stack>
      <ReportToolbar
        what={what}
        csvPath={reportPaths.appointments(period, groupBy)}
        csvFileName={fileName(`appointments-by-${groupBy}`, period)}
        grouping={{
          value: groupBy,
          options: appointmentGroupings,
          onChange: (value) => onChange({ groupBy: value }),
        }}
      />
      <ReportState query={report} isEmpty={(data) => data.rows.length === 0}>
        {(data) => <AppointmentsTable report={data} format={format} label={what} />}
      </ReportState>
    </Stack>
  );
}

export function UtilizationPanel({ period, format }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const report = useUtilizationReport(period);
  return (
    <Stack>
      <ReportToolbar
        what={t('reports.names.utilization')}
        csvPath={reportPaths.utilization(period)}
        csvFileName={fileName('utilization', period)}
      />
      <ReportState query={report} isEmpty={(data) => data.providers.length === 0 && data.chairs.length === 0}>
        {(data) => <UtilizationTables report={data} format={format} />}
      </ReportState>
    </Stack>
  );
}

export function PatientsPanel({ period, format }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const report = usePatientsReport(period);
  return (
    <Stack>
      <ReportToolbar
        what={t('reports.tableLabels.patients')}
        csvPath={reportPaths.patients(period)}
        csvFileName={fileName('patients', period)}
      />
      <ReportState query={report} isEmpty={(data) => data.rows.length === 0}>
        {(data) => <PatientsTable report={data} format={format} />}
      </ReportState>
    </Stack>
  );
}

/** Aging is as of a date, not over the period: it has a date of its own. */
export function AgingPanel({ filters, format, onChange }: Omit<Props, 'period'>) {
  const { t } = useTranslation(dashboardNamespace);
  const { t: tCommon } = useTranslation();
  const report = useAgingReport(filters.asOf);
  const pages = report.data?.pages ?? [];
  const first = pages[0];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <TextInput
          type="date"
          label={t('period.asOf')}
          value={filters.asOf}
          onChange={(event) => onChange({ asOf: event.currentTarget.value })}
          w={200}
        />
        <ReportToolbar
          what={t('reports.tableLabels.aging')}
          csvPath={reportPaths.aging(filters.asOf)}
          csvFileName={`aging-${filters.asOf}.csv`}
        />
      </Group>
      <ReportState query={{ ...report, data: first }} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <AgingTable
              rows={pages.flatMap((page) => page.items)}
              totals={data.totals}
              currency={data.currency}
              format={format}
            />
            {report.hasNextPage && (
              <Group justify="center">
                <Button
                  variant="default"
                  loading={report.isFetchingNextPage}
                  onClick={() => report.fetchNextPage()}
                >
                  {tCommon('actions.loadMore')}
                </Button>
              </Group>
            )}
          </>
        )}
      </ReportState>
    </Stack>
  );
}
