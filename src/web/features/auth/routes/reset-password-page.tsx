import { Button, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useConfirmPasswordReset } from '../api/use-confirm-password-reset.ts';
import { AuthFrame } from '../components/auth-frame.tsx';
import { TokenPasswordForm } from '../components/token-password-form.tsx';

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const confirm = useConfirmPasswordReset();

  if (confirm.isSuccess) {
    return (
      <AuthFrame title="Password changed">
        <Text>
          Your password has been changed and every other session was logged out. Log in with the new one.
        </Text>
        <Button component={Link} to="/login">
          Log in
        </Button>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="Choose a new password">
      <TokenPasswordForm
        token={params.get('token') ?? ''}
        mutation={confirm}
        submitLabel="Set new password"
        renewal={{ to: '/forgot-password', label: 'Ask for a new link' }}
      />
    </AuthFrame>
  );
}
