import { Alert, Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useClinicSettings } from '../api/use-clinic-settings.ts';
import { ClinicSettingsForm } from '../components/clinic-settings-form.tsx';
import { clinicNamespace } from '../i18n.ts';

export function ClinicSettingsPage() {
  const { t } = useTranslation(clinicNamespace);
  const { t: tCommon } = useTranslation();
  const settings = useClinicSettings();

  return (
    <Stack maw={720}>
      <Title order={2}>{t('title')}</Title>
      {settings.isPending ? (
        <PageLoader />
      ) : settings.isError ? (
        <Alert color="red" title={t('loadFailedTitle')}>
          <Stack align="flex-start">
            {apiErrorMessage(settings.error)}
            <Button variant="light" color="red" onClick={() => settings.refetch()}>
              {tCommon('actions.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <ClinicSettingsForm settings={settings.data} />
      )}
    </Stack>
  );
}
