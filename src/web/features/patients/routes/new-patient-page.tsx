import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { NewPatientForm } from '../components/new-patient-form.tsx';

export function NewPatientPage() {
  return (
    <Stack maw={720}>
      <Anchor component={Link} to="/patients" size="sm">
        ← Patients
      </Anchor>
      <Title order={2}>New patient</Title>
      <Text size="sm" c="dimmed">
        Address, emergency contact and medical history can be added on the chart once the patient is
        registered.
      </Text>
      <NewPatientForm />
    </Stack>
  );
}
