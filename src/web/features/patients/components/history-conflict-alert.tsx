import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MedicalHistory } from '../../../../shared/medical-history.ts';
import { patientsNamespace } from '../i18n.ts';
import { flagLabel } from './alert-presentation.ts';
import { diffHistories } from './history-diff.ts';
import { HistoryDiffView } from './history-diff-view.tsx';
import { patientErrorMessage } from './patient-problem.ts';

export type HistoryConflict =
  | { stage: 'stale'; error: unknown }
  | { stage: 'rebased'; mine: MedicalHistory; theirs: MedicalHistory };

type Props = { conflict: HistoryConflict; reloading: boolean; onReload: () => void };

/** A `412` on save, then what the other person's version changed from the one edited here. */
export function HistoryConflictAlert({ conflict, reloading, onReload }: Props) {
  const { t } = useTranslation(patientsNamespace);
  if (conflict.stage === 'stale') {
    return (
      <Alert color="red" title={patientErrorMessage(conflict.error, 'medical history')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('history.conflict.staleBody')}</Text>
          <Button variant="white" color="red" loading={reloading} onClick={onReload}>
            {t('history.conflict.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert
      color="blue"
      title={t('history.conflict.loadedTitle', { version: conflict.theirs.version })}
      role="status"
    >
      <Stack gap="xs">
        <Text size="sm">{t('history.conflict.loadedBody')}</Text>
        <HistoryDiffView diff={diffHistories(conflict.mine, conflict.theirs, (flag) => flagLabel(flag, t))} />
      </Stack>
    </Alert>
  );
}
