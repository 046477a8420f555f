import { Alert, Button, Loader, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { schedulingSetupNamespace } from '../i18n.ts';

type Props<T> = { query: UseQueryResult<T>; children: (data: T) => ReactNode };

export function Loading() {
  const { t } = useTranslation(schedulingSetupNamespace);
  return <Loader size="sm" role="progressbar" aria-label={t('shared.loading')} />;
}

/** A list's loading and failure states, so each tab only says what it shows once loaded. */
export function QueryState<T>({ query, children }: Props<T>) {
  const { t } = useTranslation(schedulingSetupNamespace);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <Alert color="red" title={t('shared.loadFailed')}>
        <Stack align="flex-start">
          <Button variant="light" color="red" onClick={() => query.refetch()}>
            {t('shared.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return children(query.data);
}
