import { Alert, Button, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMay } from '../../auth/index.ts';
import { usePatients } from '../api/use-patients.ts';
import { PatientsTable } from '../components/patients-table.tsx';
import { useClinicFormat } from '../components/use-clinic-format.ts';
import { patientsNamespace } from '../i18n.ts';

/** All patients alphabetically, a page at a time, or ranked matches while a search is typed. */
export function PatientsPage() {
  const { t } = useTranslation(patientsNamespace);
  const { t: tCommon } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const includeArchived = params.get('archived') === 'true';
  const [query] = useDebouncedValue(text.trim(), 150);
  const patients = usePatients({ q: query, includeArchived });
  const mayCreate = useMay('patients.create');
  const { locale } = useClinicFormat();

  function setParam(key: string, value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        {mayCreate && (
          <Button component={Link} to="/patients/new">
            {t('list.newPatient')}
          </Button>
        )}
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('list.find')}
          description={t('list.findHint')}
          value={text}
          onChange={(event) => setParam('q', event.currentTarget.value)}
          w={360}
          type="search"
          autoComplete="off"
        />
        <Checkbox
          label={t('list.includeArchived')}
          checked={includeArchived}
          onChange={(event) => setParam('archived', event.currentTarget.checked ? 'true' : '')}
          mb={8}
        />
      </Group>
      {patients.isPending ? (
        <PageLoader />
      ) : patients.isError ? (
        <Alert color="red" title={t('list.loadFailedTitle')}>
          <Stack align="flex-start">
            {apiErrorMessage(patients.error)}
            <Button variant="light" color="red" onClick={() => patients.refetch()}>
              {tCommon('actions.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <PatientsTable patients={patients.data.pages.flatMap((page) => page.items)} locale={locale} />
          {patients.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                loading={patients.isFetchingNextPage}
                onClick={() => patients.fetchNextPage()}
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
