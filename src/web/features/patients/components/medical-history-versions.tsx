import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MedicalHistoryVersionSummary } from '../../../../shared/medical-history.ts';
import { roles } from '../../../../shared/permissions.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useMedicalHistoryVersions } from '../api/use-medical-history-versions.ts';
import { patientsNamespace } from '../i18n.ts';
import { patientErrorMessage } from './patient-problem.ts';
import { useClinicFormat } from './use-clinic-format.ts';
import { versionChangeText } from './version-change-text.ts';
import { VersionDiff } from './version-diff.tsx';

type ItemProps = { patientId: string; version: MedicalHistoryVersionSummary };

function VersionItem({ patientId, version }: ItemProps) {
  const { t } = useTranslation(patientsNamespace);
  const { t: tCommon } = useTranslation();
  const { instants } = useClinicFormat();
  const [open, setOpen] = useState(false);
  const diffId = useId();
  const label = t('history.versions.version', { version: version.version });
  const author = version.createdBy;
  const role = roles.find((known) => known === author.role);
  return (
    <Paper component="li" withBorder p="sm" aria-label={label} style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>{label}</Text>
            <Text size="sm" c="dimmed">
              {t('history.versions.author', {
                name: author.name,
                role: role ? tCommon(`roles.${role}`) : author.role,
              })}
              <time dateTime={version.createdAt}>{formatDateTime(version.createdAt, instants)}</time>
            </Text>
          </div>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={open}
            aria-controls={open ? diffId : undefined}
            onClick={() => setOpen((current) => !current)}
          >
            {open ? t('history.versions.hideDifferences') : t('history.versions.showDifferences')}
          </Button>
        </Group>
        {version.changes.length > 0 ? (
          <List size="sm" aria-label={t('history.versions.changesIn', { version: version.version })}>
            {version.changes.map((change) => (
              <List.Item key={change}>{versionChangeText(change, t)}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('history.versions.noChanges')}
          </Text>
        )}
        {open && (
          <div id={diffId}>
            <VersionDiff patientId={patientId} version={version.version} />
          </div>
        )}
      </Stack>
    </Paper>
  );
}

/** Every recorded version, newest first: who saved it, when, and what it changed. */
export function MedicalHistoryVersions({ patientId }: { patientId: string }) {
  const { t } = useTranslation(patientsNamespace);
  const versions = useMedicalHistoryVersions(patientId);
  const headingId = useId();
  const items = versions.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {t('history.versions.title')}
      </Title>
      {versions.isError && (
        <Alert color="red">{patientErrorMessage(versions.error, 'medical history')}</Alert>
      )}
      {versions.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('history.nothingRecorded')}
        </Text>
      )}
      <Stack component="ul" gap="sm" m={0} p={0}>
        {items.map((version) => (
          <VersionItem key={version.version} patientId={patientId} version={version} />
        ))}
      </Stack>
      {versions.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={versions.isFetchingNextPage}
            onClick={() => versions.fetchNextPage()}
          >
            {t('history.versions.loadOlder')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
