import { Alert, Anchor, Text } from '@mantine/core';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { AuthFrame } from '../components/auth-frame.tsx';
import { LoginForm } from '../components/login-form.tsx';
import { safeNextPath } from '../components/safe-next-path.ts';
import { useSession } from '../hooks/use-session.ts';

export function LoginPage() {
  const session = useSession();
  const [params] = useSearchParams();

  if (session.status === 'restoring') return <PageLoader />;
  // Also how a successful login leaves this page: the session changes and this redirect runs.
  if (session.status === 'signed-in') return <Navigate to={safeNextPath(params.get('next'))} replace />;

  return (
    <AuthFrame title="Log in">
      {session.reason === 'expired' && (
        <Alert color="blue" title="Session ended">
          Your session has ended. Log in again to continue.
        </Alert>
      )}
      {session.reason === 'logged-out' && (
        <Text role="status" size="sm" c="dimmed">
          You have logged out.
        </Text>
      )}
      <LoginForm />
      <Text size="sm" ta="center">
        New patient?{' '}
        <Anchor component={Link} to="/register">
          Create an account
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
