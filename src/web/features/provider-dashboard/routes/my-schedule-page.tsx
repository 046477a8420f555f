import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { ProviderSchedule } from '../components/provider-schedule.tsx';
import { ProviderScope } from '../components/provider-scope.tsx';
import { useDashboardFormat } from '../components/use-dashboard-format.ts';
import { providerDashboardNamespace } from '../i18n.ts';

/** Weekly working hours and time off: a provider's own, or anyone's for admins and managers. */
export function MySchedulePage() {
  const { t } = useTranslation(providerDashboardNamespace);
  const clinic = useDashboardFormat();
  return (
    <Stack maw={1200}>
      <Title order={2}>{t('schedule.title')}</Title>
      {clinic.status === 'pending' ? (
        <PageLoader />
      ) : clinic.status === 'error' ? (
        <LoadFailure title={t('schedule.loadFailed')} error={clinic.error} onRetry={clinic.retry} />
      ) : (
        <ProviderScope purpose="schedule">
          {(provider) => <ProviderSchedule key={provider.id} provider={provider} format={clinic.format} />}
        </ProviderScope>
      )}
    </Stack>
  );
}
