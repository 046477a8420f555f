import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import type { Patient } from '../../../../shared/patients.ts';
import type { AppointmentListItem } from '../../../../shared/scheduling.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useMay } from '../../auth/index.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { useArchivePatient } from '../api/use-archive-patient.ts';
import { useCancelVisits } from '../api/use-cancel-visits.ts';
import { usePatientAppointments } from '../api/use-patient-appointments.ts';
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
  const mayCancel = useMay('appointments.cancel');
  const visits = usePatientAppointments(patient.id, { enabled: confirming && mayCancel });
  const cancelVisits = useCancelVisits();
  const [cancelling, setCancelling] = useState(true);
  const format = useLocaleFormat();
  const listId = useId();
  // While the visits load, archiving could not offer to cancel them.
  const loadingVisits = mayCancel && visits.isPending;
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
  const future = upcomingVisits(visits.data ?? []);
  return (
    <>
      <Button variant="default" color="red" onClick={confirm.open}>
        {t('archive.archive')}
      </Button>
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title={t('archive.confirmTitle', { name })}
        closeButtonProps={{ 'aria-label': t('archive.close') }}
      >
        <Stack>
          <Text size="sm">{t('archive.confirmBody')}</Text>
          {future.length > 0 && (
            <Stack gap="xs">
              <Text size="sm" fw={600} id={listId}>
                {t('archive.futureVisits', { count: future.length })}
              </Text>
              <List size="sm" aria-labelledby={listId}>
                {future.map((visit) => (
                  <List.Item key={visit.id}>
                    {format ? formatDateTime(visit.start, format) : visit.start}
                  </List.Item>
                ))}
              </List>
              <Checkbox
                label={t('archive.cancelVisits')}
                checked={cancelling}
                onChange={(event) => setCancelling(event.currentTarget.checked)}
              />
            </Stack>
          )}
          {cancelVisits.isError && <Alert color="red">{patientErrorMessage(cancelVisits.error)}</Alert>}
          {archive.isError && <Alert color="red">{patientErrorMessage(archive.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('archive.cancel')}
            </Button>
            <Button
              color="red"
              loading={archive.isPending || cancelVisits.isPending || loadingVisits}
              onClick={async () => {
                if (cancelling && future.length > 0) {
                  const ids = future.map((visit) => visit.id);
                  const cancelled = await cancelVisits
                    .mutateAsync({ ids, reason: t('archive.cancelReason') })
                    .then(() => true)
                    .catch(() => false);
                  // Archive only once the visits are gone: the error stays on screen otherwise.
                  if (!cancelled) return;
                }
                archive.mutate(patient.id, {
                  onSuccess: () => {
                    confirm.close();
                    notifications.show({ color: 'teal', message: t('archive.archived', { name }) });
                  },
                });
              }}
            >
              {t('archive.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

const closed = new Set<AppointmentListItem['status']>(['cancelled', 'completed', 'no_show']);

/** The visits still ahead that archiving would leave on the book. */
function upcomingVisits(visits: readonly AppointmentListItem[]): AppointmentListItem[] {
  const now = Temporal.Now.instant();
  return visits.filter(
    (visit) => !closed.has(visit.status) && Temporal.Instant.compare(visit.start, now) > 0,
  );
}
