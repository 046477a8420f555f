import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { type AuditFilters, useAuditEvents } from '../api/use-audit-events.ts';
import { AuditFiltersForm } from '../components/audit-filters-form.tsx';
import { AuditTable } from '../components/audit-table.tsx';

export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const events = useAuditEvents(filters);

  return (
    <Stack maw={1200}>
      <Title order={2}>Audit log</Title>
      <Paper withBorder p="md">
        <AuditFiltersForm onApply={setFilters} />
      </Paper>
      {events.isPending ? (
        <PageLoader />
      ) : events.isError ? (
        <Alert color="red" title="Could not load the audit log">
          <Stack align="flex-start">
            {apiErrorMessage(events.error)}
            <Button variant="light" color="red" onClick={() => events.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : events.data.pages[0]?.items.length === 0 ? (
        <Text c="dimmed">No events match these filters.</Text>
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
                Load more
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
