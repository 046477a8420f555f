import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { AuthFrame } from '../components/auth-frame.tsx';
import { CheckEmailNotice } from '../components/check-email-notice.tsx';
import { RegisterForm } from '../components/register-form.tsx';

export function RegisterPage() {
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);

  if (registeredEmail !== null) {
    return (
      <AuthFrame title="Check your email">
        <CheckEmailNotice email={registeredEmail} />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="Create your patient account">
      <RegisterForm onRegistered={setRegisteredEmail} />
      <Text size="sm" ta="center">
        Already have an account?{' '}
        <Anchor component={Link} to="/login">
          Log in
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
