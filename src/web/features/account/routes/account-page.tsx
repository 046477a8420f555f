import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useMay, useSession } from '../../auth/index.ts';
import { ChangePasswordForm } from '../components/change-password-form.tsx';
import { TwoFactorSection } from '../components/two-factor-section.tsx';

export function AccountPage() {
  const session = useSession();
  const mayUseTwoFactor = useMay('account.two_factor');
  if (session.status !== 'signed-in') return null;
  const { user, twoFactorEnrollmentRequired } = session;

  return (
    <Stack maw={720}>
      <Title order={2}>Account</Title>
      <Text>
        {user.name} · {user.email}
      </Text>
      {twoFactorEnrollmentRequired && (
        <Alert color="yellow" title="Two-factor authentication required">
          Your clinic requires two-factor authentication for staff. Set it up below to continue using
          TopSmile.
        </Alert>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="password-heading">
        <Stack>
          <Title order={3} id="password-heading">
            Password
          </Title>
          <ChangePasswordForm />
        </Stack>
      </Paper>
      {mayUseTwoFactor && (
        <Paper withBorder p="md" component="section" aria-labelledby="two-factor-heading">
          <Stack>
            <Title order={3} id="two-factor-heading">
              Two-factor authentication
            </Title>
            <TwoFactorSection />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
