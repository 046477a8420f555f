import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useSetupChecklist } from '../api/use-setup-checklist.ts';
import { dashboardNamespace } from '../i18n.ts';
import { LoadFailure } from './load-failure.tsx';
import { ManagerDashboard } from './manager-dashboard.tsx';
import { SetupChecklist, SetupReminder } from './setup-checklist.tsx';

/**
 * The administrator's home. Until the clinic can take a booking (settings, chairs, types,
 * providers and their hours), there is nothing to chart: the set-up steps take the charts' place.
 * Once it can, the figures show, with a reminder of any step left (the team's logins).
 */
export function AdminDashboard({ format }: { format: LocaleFormat }) {
  const { t } = useTranslation(dashboardNamespace);
  const setup = useSetupChecklist(true);
  if (setup.isPending) return <PageLoader />;
  if (setup.isError) {
    return (
      <Stack gap="xl">
        <LoadFailure title={t('setup.loadFailed')} error={setup.error} onRetry={() => void setup.refetch()} />
        <ManagerDashboard format={format} />
      </Stack>
    );
  }
  const canBook = setup.data.steps.every((step) => step.done || step.key === 'users');
  if (!canBook) return <SetupChecklist checklist={setup.data} />;
  return (
    <Stack gap="xl">
      {!setup.data.complete && <SetupReminder checklist={setup.data} />}
      <ManagerDashboard format={format} />
    </Stack>
  );
}
