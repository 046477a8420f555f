import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextStatuses, transitionPermission } from '../../../../shared/appointment-status.ts';
import type { Appointment, AppointmentStatus } from '../../../../shared/scheduling.ts';
import { useMay } from '../../auth/index.ts';
import { ReopenVisitModal } from '../details/reopen-visit-modal.tsx';
import { useChangeAppointmentStatus } from './api/use-change-appointment-status.ts';
import { CancelAppointmentModal } from './cancel-appointment-modal.tsx';
import { bookingNamespace } from './i18n.ts';
import { StatusProblem } from './status-problem.tsx';
import { quietText } from './text-colours.ts';

export type AppointmentActionsProps = {
  appointment: Appointment;
  onChanged?: (appointment: Appointment) => void;
  /** Also show the current status as a badge, where the surrounding panel does not. */
  showStatus?: boolean;
  /** The visit's type, to find the fee that undoing a completion reverses. */
  typeName?: string | undefined;
};

// Shape and words as well as colour, so the state reads without colour vision.
const statusLook: Record<AppointmentStatus, { color: string; icon: string }> = {
  scheduled: { color: 'gray', icon: '○' },
  confirmed: { color: 'blue', icon: '●' },
  checked_in: { color: 'cyan', icon: '⇥' },
  in_progress: { color: 'violet', icon: '◐' },
  completed: { color: 'teal', icon: '✓' },
  cancelled: { color: 'red', icon: '✕' },
  no_show: { color: 'orange', icon: '∅' },
};

/**
 * The status changes open to this appointment now (from the shared life cycle, so the
 * buttons offer exactly what the server accepts), limited to what the user's role may do.
 */
export function AppointmentActions({
  appointment,
  onChanged,
  showStatus = false,
  typeName,
}: AppointmentActionsProps) {
  const { t } = useTranslation(bookingNamespace);
  const mayChangeStatus = useMay('appointments.status');
  const mayReopen = useMay('appointments.reopen');
  const mayCancel = useMay('appointments.cancel');
  const change = useChangeAppointmentStatus();
  const [latest, setLatest] = useState(appointment);
  const [cancelling, setCancelling] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [announced, setAnnounced] = useState<Appointment | null>(null);
  // The newer of what the caller passes (a live update) and what this panel last changed.
  const current = latest.id === appointment.id && latest.version > appointment.version ? latest : appointment;
  const next = nextStatuses(current.status).filter((status) => {
    if (status === 'cancelled') return mayCancel;
    return transitionPermission(current.status, status) === 'appointments.reopen'
      ? mayReopen
      : mayChangeStatus;
  });
  const look = statusLook[current.status];

  function changed(updated: Appointment) {
    setLatest(updated);
    setAnnounced(updated);
    onChanged?.(updated);
  }

  function moveTo(status: AppointmentStatus) {
    if (status === 'cancelled') {
      setCancelling(true);
      return;
    }
    // Undoing a completion reverses its fee: said, with the amount, before it is done.
    if (transitionPermission(current.status, status) === 'appointments.reopen') {
      setReopening(true);
      return;
    }
    change.mutate({ id: current.id, status }, { onSuccess: changed });
  }

  const statusName = t(`appointmentStatus.${current.status}`, { ns: 'common' });
  return (
    <Stack gap="xs">
      {showStatus && (
        <Group gap="xs">
          <Badge
            color={look.color}
            variant="light"
            size="lg"
            tt="none"
            leftSection={<span aria-hidden="true">{look.icon}</span>}
          >
            {t('status.label', { status: statusName })}
          </Badge>
        </Group>
      )}
      <Text size="sm" role="status" aria-live="polite">
        {announced?.id === current.id && announced.status === current.status
          ? t('actions.done', { status: statusName })
          : ''}
      </Text>
      {next.length > 0 ? (
        <Group gap="xs" role="group" aria-label={t('actions.group')}>
          {next.map((status) => (
            <Button
              key={status}
              size="compact-md"
              // Every change in the default look (dark text on white) with its icon: coloured light
              // and outline variants of orange and red measured under 4.5:1 in axe.
              variant="default"
              leftSection={<span aria-hidden="true">{statusLook[status].icon}</span>}
              loading={change.isPending && change.variables?.status === status}
              disabled={change.isPending}
              onClick={() => moveTo(status)}
            >
              {transitionPermission(current.status, status) === 'appointments.reopen'
                ? t('actions.reopen')
                : t(`actions.to.${status}`)}
            </Button>
          ))}
        </Group>
      ) : (
        // Final for this user: what is left (reopening a completed visit) may be another role's.
        <Text size="sm" c={quietText}>
          {t('actions.final')}
        </Text>
      )}
      {change.isError && (
        <Alert
          color="red"
          title={t('actions.failed')}
          withCloseButton
          onClose={() => change.reset()}
          closeButtonLabel={t('drawer.close')}
        >
          <StatusProblem error={change.error} />
        </Alert>
      )}
      {reopening && (
        <ReopenVisitModal
          appointment={current}
          typeName={typeName}
          onClose={() => setReopening(false)}
          onReopened={(reopened) => {
            setReopening(false);
            changed(reopened);
          }}
        />
      )}
      <CancelAppointmentModal
        appointment={current}
        opened={cancelling}
        onClose={() => setCancelling(false)}
        onCancelled={(cancelled) => {
          setCancelling(false);
          notifications.show({ color: 'teal', message: t('actions.cancel.done') });
          changed(cancelled);
        }}
      />
    </Stack>
  );
}
