import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReschedulable } from '../../../../shared/appointment-status.ts';
import type { Appointment } from '../../../../shared/scheduling.ts';
import { useAppointmentTypes, useOperatories, useProviders } from '../../../api/scheduling-catalog.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { usePatient } from '../../patients/index.ts';
import { quietText } from '../booking/text-colours.ts';
import { type DetailsChange, useChangeAppointmentDetails } from './api/use-change-appointment-details.ts';
import { DetailsProblem } from './details-problem.tsx';
import { appointmentDetailsNamespace } from './i18n.ts';

type Props = {
  appointment: Appointment;
  typeName: string | undefined;
  format: LocaleFormat;
  onSaved: (appointment: Appointment) => void;
  onCancel: () => void;
};

const noChair = 'none';

/** Type, chair and notes of a booked visit, saved under the same rules as a booking. */
export function EditDetailsForm({ appointment, typeName, format, onSaved, onCancel }: Props) {
  const { t } = useTranslation(appointmentDetailsNamespace);
  const types = useAppointmentTypes();
  const chairs = useOperatories();
  const providers = useProviders();
  const patient = usePatient(appointment.patientId);
  const save = useChangeAppointmentDetails();
  const [typeId, setTypeId] = useState(appointment.appointmentTypeId);
  const [chairId, setChairId] = useState(appointment.operatoryId ?? noChair);
  const [notes, setNotes] = useState(appointment.notes ?? '');
  // Type and chair move the visit's booked time and place: only while it still lies ahead.
  const movable = isReschedulable(appointment.status);

  const typeOptions = (types.data ?? [])
    .filter((type) => type.providerIds.length === 0 || type.providerIds.includes(appointment.providerId))
    .map((type) => ({
      value: type.id,
      label: t('edit.typeOption', { name: type.name, minutes: type.durationMinutes }),
    }));
  if (!typeOptions.some((option) => option.value === appointment.appointmentTypeId)) {
    typeOptions.unshift({ value: appointment.appointmentTypeId, label: typeName ?? '—' });
  }
  const chairOptions = [
    { value: noChair, label: t('edit.noChair') },
    ...(chairs.data ?? []).map((chair) => ({ value: chair.id, label: chair.name })),
  ];

  function changes(): DetailsChange {
    const operatoryId = chairId === noChair ? null : chairId;
    const trimmed = notes.trim();
    return {
      ...(typeId !== appointment.appointmentTypeId ? { appointmentTypeId: typeId } : {}),
      ...(operatoryId !== appointment.operatoryId ? { operatoryId } : {}),
      ...(trimmed !== (appointment.notes ?? '') ? { notes: trimmed === '' ? null : trimmed } : {}),
    };
  }

  function submit(override = false) {
    const change = changes();
    if (Object.keys(change).length === 0) {
      notifications.show({ color: 'gray', message: t('edit.nothingChanged') });
      onCancel();
      return;
    }
    save.mutate(
      {
        id: appointment.id,
        version: appointment.version,
        change: override ? { ...change, override } : change,
      },
      {
        onSuccess: (updated) => {
          notifications.show({ color: 'teal', message: t('edit.saved') });
          onSaved(updated);
        },
      },
    );
  }

  const chairName = chairs.data?.find((chair) => chair.id === chairId)?.name ?? null;
  return (
    <form
      aria-label={t('edit.title')}
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <NativeSelect
          label={t('edit.type')}
          data={typeOptions}
          value={typeId}
          disabled={!movable}
          onChange={(event) => setTypeId(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('edit.chair')}
          data={chairOptions}
          value={chairId}
          disabled={!movable}
          onChange={(event) => setChairId(event.currentTarget.value)}
        />
        {!movable && (
          <Text size="sm" c={quietText}>
            {t('edit.lockedAfterArrival')}
          </Text>
        )}
        <Textarea
          label={t('edit.notes')}
          autosize
          minRows={3}
          maxLength={2000}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
        />
        {save.isError && (
          <DetailsProblem
            error={save.error}
            saving={save.isPending}
            onOverride={() => submit(true)}
            context={{
              patient: patient.data ?? null,
              providerId: appointment.providerId,
              operatoryName: chairName,
              providerName: (id) => providers.data?.find((provider) => provider.id === id)?.name ?? '',
              format,
            }}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('edit.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
