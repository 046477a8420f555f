import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NewPatientForm } from '../components/new-patient-form.tsx';
import { patientsNamespace } from '../i18n.ts';

export function NewPatientPage() {
  const { t } = useTranslation(patientsNamespace);
  return (
    <Stack maw={720}>
      <Anchor component={Link} to="/patients" size="sm">
        {t('newPatient.back')}
      </Anchor>
      <Title order={2}>{t('newPatient.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('newPatient.intro')}
      </Text>
      <NewPatientForm />
    </Stack>
  );
}
