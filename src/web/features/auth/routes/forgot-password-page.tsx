import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useRequestPasswordReset } from '../api/use-request-password-reset.ts';
import { AuthFrame } from '../components/auth-frame.tsx';
import { authNamespace } from '../i18n.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation(authNamespace);
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (email.trim() === '') {
      setError(t('forgotPassword.enterEmail'));
      return;
    }
    request.mutate(email.trim());
  }

  if (request.isSuccess) {
    // The server answers the same for unknown addresses, so this must not claim an account exists.
    return (
      <AuthFrame title={t('forgotPassword.sentTitle')}>
        <Text>
          <Trans
            t={t}
            i18nKey="forgotPassword.sent"
            values={{ email: email.trim() }}
            components={{ strong: <strong /> }}
          />
        </Text>
        <Anchor component={Link} to="/login">
          {t('forgotPassword.backToLogin')}
        </Anchor>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t('forgotPassword.title')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Text size="sm">{t('forgotPassword.intro')}</Text>
          {request.isError && (
            <Alert color="red" title={t('forgotPassword.failedTitle')}>
              {apiErrorMessage(request.error)}
            </Alert>
          )}
          <TextInput
            label={t('forgotPassword.email')}
            type="email"
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            autoComplete="email"
          />
          <Button type="submit" loading={request.isPending}>
            {t('forgotPassword.submit')}
          </Button>
          <Anchor component={Link} to="/login" size="sm">
            {t('forgotPassword.backToLogin')}
          </Anchor>
        </Stack>
      </form>
    </AuthFrame>
  );
}
