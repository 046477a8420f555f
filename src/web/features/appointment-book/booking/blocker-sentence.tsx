import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/patients.ts';
import type { Appointment, Blocker } from '../../../../shared/scheduling.ts';
import { formatTimeRange, type LocaleFormat } from '../../../i18n/format.ts';
import { displayName, usePatient } from '../../patients/index.ts';
import { useAppointment } from './api/use-appointment.ts';
import { bookingNamespace } from './i18n.ts';
import { blockerNoteKey } from './slot-conflict.ts';

export type BlockerContext = {
  /** Who is being booked, and with whom and where. */
  patient: PatientSummary | null;
  providerId: string;
  operatoryName: string | null;
  providerName: (id: string) => string;
  format: LocaleFormat;
};

/** Every obstacle to a time, one sentence each. */
export function BlockerList({
  blockers,
  context,
}: {
  blockers: readonly Blocker[];
  context: BlockerContext;
}) {
  return (
    <List size="sm" spacing={4}>
      {blockers.map((blocker, index) => (
        <BlockerSentence
          key={`${blocker.resource}:${blocker.appointmentId ?? index}`}
          blocker={blocker}
          context={context}
        />
      ))}
    </List>
  );
}

/**
 * One obstacle in words the desk can act on: "Dr Lee already has Maria Silva 10:00–10:45 AM".
 * The problem carries only ids, so the blocking appointment and its patient are looked up.
 */
export function BlockerSentence({ blocker, context }: { blocker: Blocker; context: BlockerContext }) {
  const { t } = useTranslation(bookingNamespace);
  const note = blockerNoteKey(blocker);
  return (
    <List.Item>
      <BlockerWords blocker={blocker} context={context} />
      {note ? ` ${t(note)}` : null}
    </List.Item>
  );
}

function BlockerWords({ blocker, context }: { blocker: Blocker; context: BlockerContext }) {
  const { t } = useTranslation(bookingNamespace);
  const appointment = useAppointment(blocker.resource === 'time_off' ? undefined : blocker.appointmentId);
  const time = formatTimeRange(blocker.start, blocker.end, context.format);
  const provider = context.providerName(context.providerId);

  if (blocker.resource === 'time_off') return <>{t('slot.timeOff', { provider })}</>;
  if (appointment.isPending && blocker.appointmentId !== undefined) {
    return <>{t('slot.lookingUp')}</>;
  }
  // No appointment to show: a hold another desk is still filling in (or one not ours to see).
  if (!appointment.data) {
    const operatory = context.operatoryName ?? t('slot.thisOperatory');
    if (blocker.resource === 'operatory') return <>{t('slot.operatoryHeld', { operatory, time })}</>;
    if (blocker.resource === 'patient') {
      const patient = context.patient ? displayName(context.patient) : t('slot.thisPatient');
      return <>{t('slot.patientBusy', { patient, time, provider: t('slot.aProvider') })}</>;
    }
    return <>{t('slot.providerHeld', { provider, time })}</>;
  }
  if (blocker.resource === 'patient') {
    const patient = context.patient ? displayName(context.patient) : t('slot.thisPatient');
    return (
      <>
        {t('slot.patientBusy', {
          patient,
          time,
          provider: context.providerName(appointment.data.providerId),
        })}
      </>
    );
  }
  return <OccupiedBy appointment={appointment.data} blocker={blocker} time={time} context={context} />;
}

function OccupiedBy({
  appointment,
  blocker,
  time,
  context,
}: {
  appointment: Appointment;
  blocker: Blocker;
  time: string;
  context: BlockerContext;
}) {
  const { t } = useTranslation(bookingNamespace);
  const patient = usePatient(appointment.patientId);
  const name = patient.data ? displayName(patient.data) : patient.isPending ? '…' : t('slot.anotherPatient');
  if (blocker.resource === 'operatory') {
    const operatory = context.operatoryName ?? t('slot.thisOperatory');
    return <>{t('slot.operatoryBusy', { operatory, patient: name, time })}</>;
  }
  return (
    <>
      {t('slot.providerBusy', {
        provider: context.providerName(appointment.providerId),
        patient: name,
        time,
      })}
    </>
  );
}
