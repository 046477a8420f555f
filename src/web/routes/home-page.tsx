import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMay, useSession } from '../features/auth/index.ts';

// Placeholder until the appointment book, daily figures and the patient portal exist.
export function HomePage() {
  const session = useSession();
  const mayEditClinic = useMay('clinic.update');
  if (session.status !== 'signed-in') return null;

  if (session.user.role === 'patient') {
    return (
      <Stack maw={720}>
        <Title order={2}>Welcome, {session.user.name}</Title>
        <Text>Your appointments and online booking will appear here soon.</Text>
        <Anchor component={Link} to="/account">
          Manage your account
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack maw={720}>
      <Title order={2}>Dashboard</Title>
      <Text>Welcome to TopSmile, {session.user.name}.</Text>
      {mayEditClinic && (
        <>
          <Text>Start by reviewing how your clinic takes bookings.</Text>
          <Anchor component={Link} to="/settings/clinic">
            Clinic settings
          </Anchor>
        </>
      )}
    </Stack>
  );
}
