import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { MedicalHistoryVersionSummary } from '../../../../shared/medical-history.ts';
import { useMedicalHistoryVersions } from '../api/use-medical-history-versions.ts';
import { formatInstant } from './patient-dates.ts';
import { patientErrorMessage } from './patient-problem.ts';
import { useClinicFormat } from './use-clinic-format.ts';
import { VersionDiff } from './version-diff.tsx';

type ItemProps = { patientId: string; version: MedicalHistoryVersionSummary };

function VersionItem({ patientId, version }: ItemProps) {
  const { locale, timeZone } = useClinicFormat();
  const [open, setOpen] = useState(false);
  const diffId = useId();
  const label = `Version ${version.version}`;
  return (
    <Paper component="li" withBorder p="sm" aria-label={label} style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>{label}</Text>
            <Text size="sm" c="dimmed">
              {version.createdBy.name} ({version.createdBy.role}) ·{' '}
              <time dateTime={version.createdAt}>{formatInstant(version.createdAt, locale, timeZone)}</time>
            </Text>
          </div>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={open}
            aria-controls={open ? diffId : undefined}
            onClick={() => setOpen((current) => !current)}
          >
            {open ? 'Hide differences' : 'Show differences'}
          </Button>
        </Group>
        {version.changes.length > 0 ? (
          <List size="sm" aria-label={`Changes in ${label.toLowerCase()}`}>
            {version.changes.map((change) => (
              <List.Item key={change}>{change}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            Reviewed, no changes
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
  const versions = useMedicalHistoryVersions(patientId);
  const headingId = useId();
  const items = versions.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        Versions
      </Title>
      {versions.isError && (
        <Alert color="red">{patientErrorMessage(versions.error, 'medical history')}</Alert>
      )}
      {versions.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing recorded yet.
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
            Load older versions
          </Button>
        </Group>
      )}
    </Stack>
  );
}
