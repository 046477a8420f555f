import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMay, useSession } from '../../auth/index.ts';
import { ChangePasswordForm } from '../components/change-password-form.tsx';
import { TwoFactorSection } from '../components/two-factor-section.tsx';
import { accountNamespace } from '../i18n.ts';

export function AccountPage() {
  const { t } = useTranslation(accountNamespace);
  const session = useSession();
  const mayUseTwoFactor = useMay('account.two_factor');
  if (session.status !== 'signed-in') return null;
  const { user, twoFactorEnrollmentRequired, passwordChangeRequired } = session;

  return (
    <Stack maw={720}>
      <Title order={2}>{t('title')}</Title>
      <Text>
        {user.name} · {user.email}
      </Text>
      {passwordChangeRequired && (
        <Alert color="yellow" title={t('passwordChangeRequiredTitle')}>
          {t('passwordChangeRequired')}
        </Alert>
      )}
      {twoFactorEnrollmentRequired && (
        <Alert color="yellow" title={t('enrollmentRequiredTitle')}>
          {t('enrollmentRequired')}
        </Alert>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="password-heading">
        <Stack>
          <Title order={3} id="password-heading">
            {t('passwordHeading')}
          </Title>
          <ChangePasswordForm />
        </Stack>
      </Paper>
      {mayUseTwoFactor && (
        <Paper withBorder p="md" component="section" aria-labelledby="two-factor-heading">
          <Stack>
            <Title order={3} id="two-factor-heading">
              {t('twoFactorHeading')}
            </Title>
            <TwoFactorSection />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
