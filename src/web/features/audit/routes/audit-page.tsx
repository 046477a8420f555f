import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { type AuditFilters, useAuditEvents } from '../api/use-audit-events.ts';
import { AuditFiltersForm } from '../components/audit-filters-form.tsx';
import { AuditTable } from '../components/audit-table.tsx';
import { auditNamespace } from '../i18n.ts';

export function AuditPage() {
  const { t } = useTranslation(auditNamespace);
  const { t: tCommon } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const events = useAuditEvents(filters);

  return (
    <Stack maw={1200}>
      <Title order={2}>{t('title')}</Title>
      <Paper withBorder p="md">
        <AuditFiltersForm onApply={setFilters} />
      </Paper>
      {events.isPending ? (
        <PageLoader />
      ) : events.isError ? (
        <Alert color="red" title={t('loadFailedTitle')}>
          <Stack align="flex-start">
            {apiErrorMessage(events.error)}
            <Button variant="light" color="red" onClick={() => events.refetch()}>
              {tCommon('actions.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : events.data.pages[0]?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <>
          <AuditTable events={events.data.pages.flatMap((page) => page.items)} />
          {events.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                loading={events.isFetchingNextPage}
                onClick={() => events.fetchNextPage()}
              >
                {tCommon('actions.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
