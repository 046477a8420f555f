import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

// Placeholder until the appointment book and daily figures exist.
export function HomePage() {
  return (
    <Stack maw={720}>
      <Title order={2}>Dashboard</Title>
      <Text>Welcome to TopSmile. Start by reviewing how your clinic takes bookings.</Text>
      <Anchor component={Link} to="/settings/clinic">
        Clinic settings
      </Anchor>
    </Stack>
  );
}
