import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { AuthFrame } from '../components/auth-frame.tsx';
import { LoginForm } from '../components/login-form.tsx';
import { safeNextPath } from '../components/safe-next-path.ts';
import { useSession } from '../hooks/use-session.ts';
import { authNamespace } from '../i18n.ts';

export function LoginPage() {
  const { t } = useTranslation(authNamespace);
  const session = useSession();
  const [params] = useSearchParams();

  if (session.status === 'restoring') return <PageLoader />;
  // Also how a successful login leaves this page: the session changes and this redirect runs.
  if (session.status === 'signed-in') return <Navigate to={safeNextPath(params.get('next'))} replace />;

  return (
    <AuthFrame title={t('login.title')}>
      {session.reason === 'expired' && (
        <Alert color="blue" title={t('login.sessionEndedTitle')}>
          {t('login.sessionEnded')}
        </Alert>
      )}
      {session.reason === 'logged-out' && (
        <Text role="status" size="sm" c="dimmed">
          {t('login.loggedOut')}
        </Text>
      )}
      <LoginForm />
      <Text size="sm" ta="center">
        {t('login.newPatient')}{' '}
        <Anchor component={Link} to="/register">
          {t('login.createAccount')}
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
