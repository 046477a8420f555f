import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useVerifyEmail } from '../api/use-verify-email.ts';
import { AuthFrame } from '../components/auth-frame.tsx';
import { useRunOnce } from '../components/use-run-once.ts';
import { authNamespace } from '../i18n.ts';

export function VerifyEmailPage() {
  const { t } = useTranslation(authNamespace);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmail();

  useRunOnce(() => {
    if (token !== '') verify.mutate(token);
  });

  if (token === '') return <InvalidLink />;
  if (verify.isSuccess) {
    return (
      <AuthFrame title={t('verifyEmail.confirmedTitle')}>
        <Text>{t('verifyEmail.confirmed')}</Text>
        <Button component={Link} to="/login">
          {t('verifyEmail.logIn')}
        </Button>
      </AuthFrame>
    );
  }
  if (verify.isError) {
    return isApiError(verify.error, 'invalid_token') ? (
      <InvalidLink />
    ) : (
      <AuthFrame title={t('verifyEmail.confirmTitle')}>
        <Alert color="red" title={t('verifyEmail.failedTitle')}>
          {apiErrorMessage(verify.error)}
        </Alert>
        <Button variant="light" onClick={() => verify.mutate(token)}>
          {t('verifyEmail.retry')}
        </Button>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t('verifyEmail.confirmingTitle')}>
      <PageLoader />
    </AuthFrame>
  );
}

function InvalidLink() {
  const { t } = useTranslation(authNamespace);
  return (
    <AuthFrame title={t('verifyEmail.invalidTitle')}>
      <Text>{t('verifyEmail.invalid')}</Text>
      <Anchor component={Link} to="/login">
        {t('verifyEmail.goToLogin')}
      </Anchor>
    </AuthFrame>
  );
}
