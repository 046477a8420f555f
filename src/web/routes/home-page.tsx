import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMay, useSession } from '../features/auth/index.ts';

// Placeholder until the appointment book, daily figures and the patient portal exist.
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const mayEditClinic = useMay('clinic.update');
  if (session.status !== 'signed-in') return null;
  const { name } = session.user;

  if (session.user.role === 'patient') {
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
    <Stack maw={720}>
      <Title order={2}>{t('pages.home.dashboard')}</Title>
      <Text>{t('pages.home.staffWelcome', { name })}</Text>
      {mayEditClinic && (
        <>
          <Text>{t('pages.home.startWithSettings')}</Text>
          <Anchor component={Link} to="/settings/clinic">
            {t('pages.home.clinicSettings')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
