import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthFrame } from '../components/auth-frame.tsx';
import { CheckEmailNotice } from '../components/check-email-notice.tsx';
import { RegisterForm } from '../components/register-form.tsx';
import { authNamespace } from '../i18n.ts';

export function RegisterPage() {
  const { t } = useTranslation(authNamespace);
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);

  if (registeredEmail !== null) {
    return (
      <AuthFrame title={t('register.checkEmailTitle')}>
        <CheckEmailNotice email={registeredEmail} />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t('register.title')}>
      <RegisterForm onRegistered={setRegisteredEmail} />
      <Text size="sm" ta="center">
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to="/login">
          {t('register.logIn')}
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
