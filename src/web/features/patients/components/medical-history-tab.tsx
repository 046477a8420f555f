import { Alert, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMay } from '../../auth/index.ts';
import { useMedicalHistory } from '../api/use-medical-history.ts';
import { MedicalHistoryForm } from './medical-history-form.tsx';
import { MedicalHistoryVersions } from './medical-history-versions.tsx';
import { MedicalHistoryView } from './medical-history-view.tsx';
import { formatInstant } from './patient-dates.ts';
import { patientErrorMessage } from './patient-problem.ts';
import { useClinicFormat } from './use-clinic-format.ts';

export function MedicalHistoryTab({ patientId }: { patientId: string }) {
  const history = useMedicalHistory(patientId);
  const mayUpdate = useMay('medical_history.update');
  const { locale, timeZone } = useClinicFormat();
  const [editing, setEditing] = useState(false);

  if (history.isPending) return <PageLoader />;
  if (history.isError) {
    return (
      <Alert color="red" title="Could not load the medical history">
        <Stack align="flex-start">
          {patientErrorMessage(history.error, 'medical history')}
          <Button variant="light" color="red" onClick={() => history.refetch()}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
  const current = history.data;
  return (
    <Stack gap="lg">
      {editing ? (
        <MedicalHistoryForm patientId={patientId} history={current} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Group justify="space-between" align="flex-start">
            <Text size="sm" c="dimmed">
              {current.version === 0 || current.updatedAt === null
                ? 'Nothing recorded yet.'
                : `Version ${current.version} · recorded by ${current.updatedBy?.name ?? 'someone'} on ${formatInstant(current.updatedAt, locale, timeZone)}`}
            </Text>
            {mayUpdate && <Button onClick={() => setEditing(true)}>Edit history</Button>}
          </Group>
          <MedicalHistoryView history={current} />
        </>
      )}
      <Divider />
      <MedicalHistoryVersions patientId={patientId} />
    </Stack>
  );
}
