import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function ForbiddenPage() {
  return (
    <Stack maw={720}>
      <Title order={2}>Not allowed</Title>
      <Text>Your role does not give access to this page. Ask a clinic administrator if you need it.</Text>
      <Anchor component={Link} to="/">
        Back to the start page
      </Anchor>
    </Stack>
  );
}
