import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

// Last resort for render errors and failed lazy-chunk loads (e.g. after a deploy replaced them).
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  // The technical detail stays as thrown: it is for whoever the user reports it to.
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : t('pages.routeError.unknown');

  return (
    <Stack p="md" maw={640}>
      <Alert color="red" title={t('pages.routeError.title')}>
        <Text size="sm">{message}</Text>
      </Alert>
      <Anchor component={Link} to="/" reloadDocument>
        {t('pages.routeError.reload')}
      </Anchor>
    </Stack>
  );
}
