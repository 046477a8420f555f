import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useConfirmPasswordReset } from '../api/use-confirm-password-reset.ts';
import { AuthFrame } from '../components/auth-frame.tsx';
import { TokenPasswordForm } from '../components/token-password-form.tsx';
import { authNamespace } from '../i18n.ts';

export function ResetPasswordPage() {
  const { t } = useTranslation(authNamespace);
  const [params] = useSearchParams();
  const confirm = useConfirmPasswordReset();

  if (confirm.isSuccess) {
    return (
      <AuthFrame title={t('resetPassword.doneTitle')}>
        <Text>{t('resetPassword.done')}</Text>
        <Button component={Link} to="/login">
          {t('resetPassword.logIn')}
        </Button>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t('resetPassword.title')}>
      <TokenPasswordForm
        token={params.get('token') ?? ''}
        mutation={confirm}
        submitLabel={t('resetPassword.submit')}
        renewal={{ to: '/forgot-password', label: t('resetPassword.askAgain') }}
      />
    </AuthFrame>
  );
}
