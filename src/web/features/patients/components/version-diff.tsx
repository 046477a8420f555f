import { Alert, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyMedicalHistoryContent } from '../../../../shared/medical-history.ts';
import { useMedicalHistoryVersion } from '../api/use-medical-history-version.ts';
import { patientsNamespace } from '../i18n.ts';
import { flagLabel } from './alert-presentation.ts';
import { diffHistories } from './history-diff.ts';
import { HistoryDiffView } from './history-diff-view.tsx';
import { patientErrorMessage } from './patient-problem.ts';

/** What `version` changed from the one before it (the first version: from nothing). */
export function VersionDiff({ patientId, version }: { patientId: string; version: number }) {
  const { t } = useTranslation(patientsNamespace);
  const current = useMedicalHistoryVersion(patientId, version);
  const previous = useMedicalHistoryVersion(patientId, version > 1 ? version - 1 : null);
  const error = current.error ?? previous.error;
  if (error) return <Alert color="red">{patientErrorMessage(error, 'medical history')}</Alert>;
  const before = version > 1 ? previous.data : emptyMedicalHistoryContent;
  if (!current.data || !before) {
    return <Loader size="sm" aria-label={t('history.versions.loadingDifferences')} />;
  }
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {version > 1
          ? t('history.versions.comparedWith', { version: version - 1 })
          : t('history.versions.first')}
      </Text>
      <HistoryDiffView diff={diffHistories(before, current.data, (flag) => flagLabel(flag, t))} />
    </>
  );
}
