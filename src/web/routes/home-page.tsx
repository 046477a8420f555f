import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { useSession } from '../features/auth/index.ts';
import { HomeDashboard } from '../features/dashboard/index.ts';

/** Patients are welcomed; staff get their role's dashboard (the desk's day, a manager's figures…). */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  const { name, role } = session.user;

  if (role === 'patient') {
    return (
      <Stack maw={720}>
        <Title order={2}>{t('pages.home.patientWelcome', { name })}</Title>
        <Text>{t('pages.home.patientSoon')}</Text>
        <Anchor component={Link} to="/account">
          {t('pages.home.manageAccount')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack maw={1400}>
      <Title order={2}>{t('pages.home.dashboard')}</Title>
      <Text>{t('pages.home.staffWelcome', { name })}</Text>
      <Suspense fallback={<PageLoader />}>
        <HomeDashboard role={role} />
      </Suspense>
    </Stack>
  );
}
