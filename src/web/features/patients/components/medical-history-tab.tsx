import { Alert, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useMay } from '../../auth/index.ts';
import { useMedicalHistory } from '../api/use-medical-history.ts';
import { patientsNamespace } from '../i18n.ts';
import { MedicalHistoryForm } from './medical-history-form.tsx';
import { MedicalHistoryVersions } from './medical-history-versions.tsx';
import { MedicalHistoryView } from './medical-history-view.tsx';
import { patientErrorMessage } from './patient-problem.ts';
import { useClinicFormat } from './use-clinic-format.ts';

export function MedicalHistoryTab({ patientId }: { patientId: string }) {
  const history = useMedicalHistory(patientId);
  const mayUpdate = useMay('medical_history.update');
  const { t } = useTranslation(patientsNamespace);
  const { t: tCommon } = useTranslation();
  const { instants } = useClinicFormat();
  const [editing, setEditing] = useState(false);

  if (history.isPending) return <PageLoader />;
  if (history.isError) {
    return (
      <Alert color="red" title={t('history.loadFailedTitle')}>
        <Stack align="flex-start">
          {patientErrorMessage(history.error, 'medical history')}
          <Button variant="light" color="red" onClick={() => history.refetch()}>
            {tCommon('actions.retry')}
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
                ? t('history.nothingRecorded')
                : t('history.recordedBy', {
                    version: current.version,
                    name: current.updatedBy?.name ?? t('history.someone'),
                    when: formatDateTime(current.updatedAt, instants),
                  })}
            </Text>
            {mayUpdate && <Button onClick={() => setEditing(true)}>{t('history.edit')}</Button>}
          </Group>
          <MedicalHistoryView history={current} />
        </>
      )}
      <Divider />
      <MedicalHistoryVersions patientId={patientId} />
    </Stack>
  );
}
