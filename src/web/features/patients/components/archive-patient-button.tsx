import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { Patient } from '../../../../shared/patients.ts';
import { useMay } from '../../auth/index.ts';
import { useArchivePatient } from '../api/use-archive-patient.ts';
import { useUnarchivePatient } from '../api/use-unarchive-patient.ts';
import { fullName } from './patient-name.ts';
import { patientErrorMessage } from './patient-problem.ts';

/** Archive (with a confirmation) or bring back a patient; admins and managers only. */
export function ArchivePatientButton({ patient }: { patient: Patient }) {
  const mayArchive = useMay('patients.archive');
  const [confirming, confirm] = useDisclosure(false);
  const archive = useArchivePatient();
  const unarchive = useUnarchivePatient();
  if (!mayArchive) return null;

  if (patient.archived) {
    return (
      <Stack gap={4} align="flex-end">
        <Button
          variant="default"
          loading={unarchive.isPending}
          onClick={() =>
            unarchive.mutate(patient.id, {
              onSuccess: () =>
                notifications.show({ color: 'teal', message: `${fullName(patient)} is back in search` }),
            })
          }
        >
          Unarchive patient
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
        Archive patient
      </Button>
      <Modal opened={confirming} onClose={confirm.close} title={`Archive ${fullName(patient)}?`}>
        <Stack>
          <Text size="sm">
            Archived patients leave search and lists, but keep their chart, history and records. You can
            unarchive them at any time.
          </Text>
          {archive.isError && <Alert color="red">{patientErrorMessage(archive.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={archive.isPending}
              onClick={() =>
                archive.mutate(patient.id, {
                  onSuccess: () => {
                    confirm.close();
                    notifications.show({ color: 'teal', message: `${fullName(patient)} is archived` });
                  },
                })
              }
            >
              Archive
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
