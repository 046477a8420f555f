import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { type AuditFilters, useAuditEvents } from '../api/use-audit-events.ts';
import {
  type AuditFilterValues,
  emptyAuditFilters,
  readAuditFilterValues,
  toAuditFilters,
  withAuditFilterValues,
} from '../components/audit-filter-values.ts';
import { AuditFiltersForm } from '../components/audit-filters-form.tsx';
import { AuditTable } from '../components/audit-table.tsx';
import { ChainStatus } from '../components/chain-status.tsx';
import { ExportCsvButton } from '../components/export-csv-button.tsx';
import { auditNamespace } from '../i18n.ts';

/** /admin/audit: who did what, when, to which patient; filters in the address. */
export function AuditPage() {
  const { t } = useTranslation(auditNamespace);
  // Dates are the clinic's: nothing is asked for until its zone is known.
  const format = useLocaleFormat();
  return (
    <Stack maw={1280}>
      <Title order={2}>{t('title')}</Title>
      <ChainStatus />
      {format ? (
        <AuditTrail format={format} />
      ) : (
        <Loader size="sm" role="progressbar" aria-label={t('waitingForClinic')} />
      )}
    </Stack>
  );
}

function AuditTrail({ format }: { format: LocaleFormat }) {
  const { t } = useTranslation(auditNamespace);
  const [params, setParams] = useSearchParams();
  // Clearing starts the controls afresh (the patient box keeps its text otherwise).
  const [formKey, setFormKey] = useState(0);
  const values = readAuditFilterValues(params);
  const query = toAuditFilters(values, format.timeZone);
  const filters: AuditFilters = 'filters' in query ? query.filters : {};
  const valid = 'filters' in query;

  function update(next: AuditFilterValues) {
    setParams(withAuditFilterValues(params, next), { replace: true });
  }

  return (
    <>
      <Paper withBorder p="md">
        <AuditFiltersForm
          key={formKey}
          values={values}
          onChange={update}
          onClear={() => {
            update(emptyAuditFilters);
            setFormKey((key) => key + 1);
          }}
          datesError={valid ? undefined : t('filters.toBeforeFrom')}
          timeZone={format.timeZone}
        />
      </Paper>
      <Group justify="flex-end">
        <ExportCsvButton filters={filters} disabled={!valid} />
      </Group>
      {valid ? (
        <AuditEvents filters={filters} format={format} />
      ) : (
        <Text c="dimmed">{t('filters.fixDates')}</Text>
      )}
    </>
  );
}

function AuditEvents({ filters, format }: { filters: AuditFilters; format: LocaleFormat }) {
  const { t } = useTranslation(auditNamespace);
  const { t: tCommon } = useTranslation();
  const events = useAuditEvents(filters);
  if (events.isPending) return <PageLoader />;
  if (events.isError) {
    return (
      <Alert color="red" title={t('loadFailedTitle')}>
        <Stack align="flex-start">
          {apiErrorMessage(events.error)}
          <Button variant="light" color="red" onClick={() => events.refetch()}>
            {tCommon('actions.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const items = events.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <Text c="dimmed">{t('empty')}</Text>;
  return (
    <>
      <AuditTable events={items} format={format} />
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
  );
}
