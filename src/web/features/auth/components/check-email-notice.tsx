import { Anchor, Button, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useResendVerification } from '../api/use-resend-verification.ts';
import { authNamespace } from '../i18n.ts';

export function CheckEmailNotice({ email }: { email: string }) {
  const { t } = useTranslation(authNamespace);
  const resend = useResendVerification();

  return (
    <Stack align="flex-start">
      <Text>
        <Trans t={t} i18nKey="checkEmail.sent" values={{ email }} components={{ strong: <strong /> }} />
      </Text>
      <Text size="sm" c="dimmed">
        {t('checkEmail.nothingArrived')}
      </Text>
      {resend.isSuccess ? (
        <Text size="sm" role="status">
          {t('checkEmail.sentAgain')}
        </Text>
      ) : (
        <Button variant="light" loading={resend.isPending} onClick={() => resend.mutate(email)}>
          {t('checkEmail.sendAgain')}
        </Button>
      )}
      {resend.isError && (
        <Text size="sm" c="red">
          {apiErrorMessage(resend.error)}
        </Text>
      )}
      <Anchor component={Link} to="/login">
        {t('checkEmail.goToLogin')}
      </Anchor>
    </Stack>
  );
}
