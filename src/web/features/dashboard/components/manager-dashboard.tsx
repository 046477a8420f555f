import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useTodayDashboard } from '../api/use-today-dashboard.ts';
import { dashboardNamespace } from '../i18n.ts';
import { LoadFailure } from './load-failure.tsx';
import { ReportsSection } from './reports-section.tsx';
import { TodayAtAGlance } from './today-at-a-glance.tsx';

/** Managers' and admins' home: today's figures, then the period's charts and reports. */
export function ManagerDashboard({ format }: { format: LocaleFormat }) {
  const { t } = useTranslation(dashboardNamespace);
  const today = useTodayDashboard();
  return (
    <Stack gap="xl">
      {today.isPending ? (
        <PageLoader />
      ) : today.isError ? (
        <LoadFailure title={t('today.loadFailed')} error={today.error} onRetry={() => void today.refetch()} />
      ) : (
        <TodayAtAGlance today={today.data} format={format} show="manager" />
      )}
      <ReportsSection format={format} />
    </Stack>
  );
}
