import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useTodayDashboard } from '../api/use-today-dashboard.ts';
import { dashboardNamespace } from '../i18n.ts';
import { BalancesDueTable } from './balances-due-table.tsx';
import { LoadFailure } from './load-failure.tsx';
import { TodayAtAGlance } from './today-at-a-glance.tsx';

/** The desk's home: today's visits at a glance and who to collect from. */
export function FrontDeskDashboard({ format }: { format: LocaleFormat }) {
  const { t } = useTranslation(dashboardNamespace);
  const today = useTodayDashboard();
  if (today.isPending) return <PageLoader />;
  if (today.isError) {
    return (
      <LoadFailure title={t('today.loadFailed')} error={today.error} onRetry={() => void today.refetch()} />
    );
  }
  return (
    <Stack gap="xl">
      <TodayAtAGlance today={today.data} format={format} show="desk" />
      <BalancesDueTable balances={today.data.balancesDue} format={format} />
    </Stack>
  );
}
