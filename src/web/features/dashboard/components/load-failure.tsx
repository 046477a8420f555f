import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';

type Props = { title: string; error: unknown; onRetry: () => void };

/** What failed, why (by the problem's code), and a way to try again. */
export function LoadFailure({ title, error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={title}>
      <Stack align="flex-start">
        {apiErrorMessage(error)}
        <Button variant="light" color="red" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
