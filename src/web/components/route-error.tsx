import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

// Last resort for render errors and failed lazy-chunk loads (e.g. after a deploy replaced them).
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';

  return (
    <Stack p="md" maw={640}>
      <Alert color="red" title="Something went wrong">
        <Text size="sm">{message}</Text>
      </Alert>
      <Anchor component={Link} to="/" reloadDocument>
        Reload the app
      </Anchor>
    </Stack>
  );
}
