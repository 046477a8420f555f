import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';
import { type ReportTab, reportTabs } from '../report-filters.ts';
import { PeriodChartFigures } from './period-chart-figures.tsx';
import { PeriodFilters } from './period-filters.tsx';
import {
  AgingPanel,
  AppointmentsPanel,
  PatientsPanel,
  ProductionPanel,
  UtilizationPanel,
} from './report-panels.tsx';
import { useReportFilters } from './use-report-filters.ts';

const isTab = (value: string | null): value is ReportTab => reportTabs.some((tab) => tab === value);

/** The manager's reports: a period, its charts, and a table per report, each exportable. */
export function ReportsSection({ format }: { format: LocaleFormat }) {
  const { t } = useTranslation(dashboardNamespace);
  const headingId = useId();
  const { filters, update } = useReportFilters(format);
  const { period } = filters;
  return (
    <Stack component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId}>
        {t('period.title')}
      </Title>
      <PeriodFilters filters={filters} format={format} onChange={update} />
      {period === null ? (
        <Text c="dimmed">{t(filters.toBeforeFrom ? 'period.toBeforeFrom' : 'period.incomplete')}</Text>
      ) : (
        <PeriodChartFigures period={period} format={format} />
      )}
      <Tabs
        value={filters.tab}
        onChange={(value) => isTab(value) && update({ tab: value })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('reports.tabsLabel')}>
          {reportTabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`reports.names.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {reportTabs.map((tab) => (
          <Tabs.Panel key={tab} value={tab} pt="md">
            {tab === 'aging' ? (
              <AgingPanel filters={filters} format={format} onChange={update} />
            ) : period === null ? null : (
              <PeriodPanel tab={tab} props={{ filters, period, format, onChange: update }} />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

type PanelProps = Parameters<typeof ProductionPanel>[0];

function PeriodPanel({ tab, props }: { tab: Exclude<ReportTab, 'aging'>; props: PanelProps }) {
  switch (tab) {
    case 'production':
      return <ProductionPanel {...props} />;
    case 'utilization':
      return <UtilizationPanel {...props} />;
    case 'appointments':
      return <AppointmentsPanel {...props} />;
    case 'patients':
      return <PatientsPanel {...props} />;
  }
}
