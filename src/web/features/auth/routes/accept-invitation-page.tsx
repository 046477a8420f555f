import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAcceptInvitation } from '../api/use-accept-invitation.ts';
import { AuthFrame } from '../components/auth-frame.tsx';
import { TokenPasswordForm } from '../components/token-password-form.tsx';
import { authNamespace } from '../i18n.ts';

export function AcceptInvitationPage() {
  const { t } = useTranslation(authNamespace);
  const [params] = useSearchParams();
  const accept = useAcceptInvitation();

  if (accept.isSuccess) {
    return (
      <AuthFrame title={t('invitation.doneTitle')}>
        <Text>{t('invitation.done')}</Text>
        <Button component={Link} to="/login">
          {t('invitation.logIn')}
        </Button>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t('invitation.title')}>
      <Text size="sm">{t('invitation.intro')}</Text>
      <TokenPasswordForm
        token={params.get('token') ?? ''}
        mutation={accept}
        submitLabel={t('invitation.submit')}
        renewal={{ to: '/forgot-password', label: t('invitation.askAgain') }}
      />
    </AuthFrame>
  );
}
