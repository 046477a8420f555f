import { Button, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useAcceptInvitation } from '../api/use-accept-invitation.ts';
import { AuthFrame } from '../components/auth-frame.tsx';
import { TokenPasswordForm } from '../components/token-password-form.tsx';

export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const accept = useAcceptInvitation();

  if (accept.isSuccess) {
    return (
      <AuthFrame title="Your account is ready">
        <Text>Your password is set. Log in to start working in TopSmile.</Text>
        <Button component={Link} to="/login">
          Log in
        </Button>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="Welcome to TopSmile">
      <Text size="sm">
        You were invited to your clinic's TopSmile. Choose a password to activate your account.
      </Text>
      <TokenPasswordForm
        token={params.get('token') ?? ''}
        mutation={accept}
        submitLabel="Activate account"
        renewal={{ to: '/forgot-password', label: 'Ask for a new link by resetting your password' }}
      />
    </AuthFrame>
  );
}
