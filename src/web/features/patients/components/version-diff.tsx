import { Alert, Loader, Text } from '@mantine/core';
import { emptyMedicalHistoryContent } from '../../../../shared/medical-history.ts';
import { useMedicalHistoryVersion } from '../api/use-medical-history-version.ts';
import { diffHistories } from './history-diff.ts';
import { HistoryDiffView } from './history-diff-view.tsx';
import { patientErrorMessage } from './patient-problem.ts';

/** What `version` changed from the one before it (the first version: from nothing). */
export function VersionDiff({ patientId, version }: { patientId: string; version: number }) {
  const current = useMedicalHistoryVersion(patientId, version);
  const previous = useMedicalHistoryVersion(patientId, version > 1 ? version - 1 : null);
  const error = current.error ?? previous.error;
  if (error) return <Alert color="red">{patientErrorMessage(error, 'medical history')}</Alert>;
  const before = version > 1 ? previous.data : emptyMedicalHistoryContent;
  if (!current.data || !before) return <Loader size="sm" aria-label="Loading the differences" />;
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {version > 1 ? `Compared with version ${version - 1}` : 'The first recorded version'}
      </Text>
      <HistoryDiffView diff={diffHistories(before, current.data)} />
    </>
  );
}
