import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../../shared/patients.ts';
import { useMay } from '../../auth/index.ts';
import { useArchivePatient } from '../api/use-archive-patient.ts';
import { useUnarchivePatient } from '../api/use-unarchive-patient.ts';
import { patientsNamespace } from '../i18n.ts';
import { fullName } from './patient-name.ts';
import { patientErrorMessage } from './patient-problem.ts';

/** Archive (with a confirmation) or bring back a patient; admins and managers only. */
export function ArchivePatientButton({ patient }: { patient: Patient }) {
  const { t } = useTranslation(patientsNamespace);
  const mayArchive = useMay('patients.archive');
  const [confirming, confirm] = useDisclosure(false);
  const archive = useArchivePatient();
  const unarchive = useUnarchivePatient();
  if (!mayArchive) return null;
  const name = fullName(patient);

  if (patient.archived) {
    return (
      <Stack gap={4} align="flex-end">
        <Button
          variant="default"
          loading={unarchive.isPending}
          onClick={() =>
            unarchive.mutate(patient.id, {
              onSuccess: () =>
                notifications.show({ color: 'teal', message: t('archive.unarchived', { name }) }),
            })
          }
        >
          {t('archive.unarchive')}
        </Button>
        {unarchive.isError && (
          <Text size="sm" c="red" role="alert">
            {patientErrorMessage(unarchive.error)}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <>
      <Button variant="default" color="red" onClick={confirm.open}>
        {t('archive.archive')}
      </Button>
      <Modal opened={confirming} onClose={confirm.close} title={t('archive.confirmTitle', { name })}>
        <Stack>
          <Text size="sm">{t('archive.confirmBody')}</Text>
          {archive.isError && <Alert color="red">{patientErrorMessage(archive.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('archive.cancel')}
            </Button>
            <Button
              color="red"
              loading={archive.isPending}
              onClick={() =>
                archive.mutate(patient.id, {
                  onSuccess: () => {
                    confirm.close();
                    notifications.show({ color: 'teal', message: t('archive.archived', { name }) });
                  },
                })
              }
            >
              {t('archive.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
