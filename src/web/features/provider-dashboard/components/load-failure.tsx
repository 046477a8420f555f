import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { providerDashboardNamespace } from '../i18n.ts';
import { problemMessage } from './dashboard-problem.ts';

type Props = { title: string; error: unknown; onRetry: () => void };

export function LoadFailure({ title, error, onRetry }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  return (
    <Alert color="red" title={title}>
      <Stack align="flex-start">
        {problemMessage(error, t)}
        <Button variant="light" color="red" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
