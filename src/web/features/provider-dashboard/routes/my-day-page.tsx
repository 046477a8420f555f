import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { ProviderDay } from '../components/provider-day.tsx';
import { ProviderScope } from '../components/provider-scope.tsx';
import { useDashboardFormat } from '../components/use-dashboard-format.ts';
import { providerDashboardNamespace } from '../i18n.ts';

/** A provider's day at a glance: who comes when, their alerts, and the week ahead. */
export function MyDayPage() {
  const { t } = useTranslation(providerDashboardNamespace);
  const clinic = useDashboardFormat();
  return (
    <Stack maw={1200}>
      <Title order={2}>{t('myDay.title')}</Title>
      {clinic.status === 'pending' ? (
        <PageLoader />
      ) : clinic.status === 'error' ? (
        <LoadFailure title={t('myDay.loadFailed')} error={clinic.error} onRetry={clinic.retry} />
      ) : (
        <ProviderScope purpose="day">
          {(provider) => <ProviderDay key={provider.id} provider={provider} format={clinic.format} />}
        </ProviderScope>
      )}
    </Stack>
  );
}
