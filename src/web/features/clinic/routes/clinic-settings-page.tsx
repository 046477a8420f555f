import { Alert, Button, Stack, Title } from '@mantine/core';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useClinicSettings } from '../api/use-clinic-settings.ts';
import { ClinicSettingsForm } from '../components/clinic-settings-form.tsx';

export function ClinicSettingsPage() {
  const settings = useClinicSettings();

  return (
    <Stack maw={720}>
      <Title order={2}>Clinic settings</Title>
      {settings.isPending ? (
        <PageLoader />
      ) : settings.isError ? (
        <Alert color="red" title="Could not load the settings">
          <Stack align="flex-start">
            {apiErrorMessage(settings.error)}
            <Button variant="light" color="red" onClick={() => settings.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : (
        <ClinicSettingsForm settings={settings.data} />
      )}
    </Stack>
  );
}
