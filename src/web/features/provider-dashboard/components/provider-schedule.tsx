import { Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../../../shared/scheduling.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useWorkingHours } from '../api/use-working-hours.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import { LoadFailure } from './load-failure.tsx';
import { TimeOffSection } from './time-off-section.tsx';
import { WorkingHoursEditor } from './working-hours-editor.tsx';

type Props = { provider: Provider; format: LocaleFormat };

/** One provider's weekly hours and absences. */
export function ProviderSchedule({ provider, format }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  const hours = useWorkingHours(provider.id);
  return (
    <Stack gap="lg">
      <Text fw={600}>{t('schedule.hoursFor', { name: provider.name })}</Text>
      {hours.isPending ? (
        <PageLoader />
      ) : hours.isError ? (
        <LoadFailure title={t('schedule.loadFailed')} error={hours.error} onRetry={hours.refetch} />
      ) : (
        <WorkingHoursEditor providerId={provider.id} saved={hours.data} locale={format.locale} />
      )}
      <Divider />
      <TimeOffSection providerId={provider.id} format={format} />
    </Stack>
  );
}
