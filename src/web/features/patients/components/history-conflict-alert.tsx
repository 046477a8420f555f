import { Alert, Button, Stack, Text } from '@mantine/core';
import type { MedicalHistory } from '../../../../shared/medical-history.ts';
import { diffHistories } from './history-diff.ts';
import { HistoryDiffView } from './history-diff-view.tsx';
import { patientErrorMessage } from './patient-problem.ts';

export type HistoryConflict =
  | { stage: 'stale'; error: unknown }
  | { stage: 'rebased'; mine: MedicalHistory; theirs: MedicalHistory };

type Props = { conflict: HistoryConflict; reloading: boolean; onReload: () => void };

/** A `412` on save, then what the other person's version changed from the one edited here. */
export function HistoryConflictAlert({ conflict, reloading, onReload }: Props) {
  if (conflict.stage === 'stale') {
    return (
      <Alert color="red" title={patientErrorMessage(conflict.error, 'medical history')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            Your changes are not saved yet. Load their version to see what they changed; what you typed stays
            in the form.
          </Text>
          <Button variant="white" color="red" loading={reloading} onClick={onReload}>
            Reload their version
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="blue" title={`Version ${conflict.theirs.version} is loaded`} role="status">
      <Stack gap="xs">
        <Text size="sm">
          The form still shows your edits. Saving records them as they are, so add anything of theirs you want
          to keep. They changed:
        </Text>
        <HistoryDiffView diff={diffHistories(conflict.mine, conflict.theirs)} />
      </Stack>
    </Alert>
  );
}
