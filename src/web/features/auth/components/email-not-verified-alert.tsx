import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useResendVerification } from '../api/use-resend-verification.ts';
import { authNamespace } from '../i18n.ts';

export function EmailNotVerifiedAlert({ email }: { email: string }) {
  const { t } = useTranslation(authNamespace);
  const resend = useResendVerification();

  return (
    <Alert color="yellow" title={t('emailNotVerified.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('emailNotVerified.body')}</Text>
        {resend.isSuccess ? (
          <Text size="sm" role="status">
            {t('emailNotVerified.resent', { email })}
          </Text>
        ) : (
          <Button size="xs" variant="light" loading={resend.isPending} onClick={() => resend.mutate(email)}>
            {t('emailNotVerified.resend')}
          </Button>
        )}
        {resend.isError && (
          <Text size="sm" c="red">
            {apiErrorMessage(resend.error)}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
