import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import type { PatientSummary } from '../../../../shared/patients.ts';
import type { AppointmentType, Provider } from '../../../../shared/scheduling.ts';
import { CreateWaitlistEntryInput } from '../../../../shared/waitlist.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import {
  type FieldErrors,
  formParse,
  problemFieldErrors,
  withoutError,
  zodFieldErrors,
} from '../../../forms/field-errors.ts';
import { displayName, PatientPicker } from '../../patients/index.ts';
import { useJoinWaitlist } from '../api/use-join-waitlist.ts';
import { waitlistNamespace } from '../i18n.ts';

/** What the form starts with, from where it was opened (a chart, a taken time in the book). */
export type WaitlistPrefill = {
  patient?: PatientSummary | null;
  /** Null or absent: any provider. */
  providerId?: string | null;
  appointmentTypeId?: string;
  /** The first local date the patient could come, YYYY-MM-DD; today when absent. */
  from?: string;
};

type Props = {
  prefill: WaitlistPrefill;
  providers: readonly Provider[];
  types: readonly AppointmentType[];
  timeZone: string;
  onCancel: () => void;
  onAdded: () => void;
};

// Four weeks is how far ahead the desk usually promises to call back.
const defaultWindowDays = 28;
const anyProvider = '';

/** Puts a patient on the waitlist: which visit, with whom (or anyone), and between which dates. */
export function WaitlistEntryForm({ prefill, providers, types, timeZone, onCancel, onAdded }: Props) {
  const { t } = useTranslation(waitlistNamespace);
  const join = useJoinWaitlist();
  const today = Temporal.Now.plainDateISO(timeZone);
  const firstDate =
    prefill.from && Temporal.PlainDate.compare(Temporal.PlainDate.from(prefill.from), today) > 0
      ? Temporal.PlainDate.from(prefill.from)
      : today;
  const [patient, setPatient] = useState<PatientSummary | null>(prefill.patient ?? null);
  const [values, setValues] = useState({
    appointmentTypeId: prefill.appointmentTypeId ?? '',
    providerId: prefill.providerId ?? anyProvider,
    from: firstDate.toString(),
    to: firstDate.add({ days: defaultWindowDays }).toString(),
    notes: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});

  const activeProviders = providers.filter((provider) => provider.active);
  const offered = types.filter(
    (type) =>
      type.active &&
      (values.providerId === anyProvider ||
        type.providerIds.length === 0 ||
        type.providerIds.includes(values.providerId)),
  );

  function setField(key: keyof typeof values, value: string) {
    setValues((current) => {
      const next = { ...current, [key]: value };
      // A type the newly chosen provider does not offer is no longer a choice.
      if (key === 'providerId' && value !== anyProvider) {
        const type = types.find((item) => item.id === next.appointmentTypeId);
        if (type && type.providerIds.length > 0 && !type.providerIds.includes(value))
          next.appointmentTypeId = '';
      }
      return next;
    });
    setErrors((current) => withoutError(current, key));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const notes = values.notes.trim();
    const parsed = CreateWaitlistEntryInput.safeParse(
      {
        patientId: patient?.id,
        appointmentTypeId: values.appointmentTypeId || undefined,
        providerId: values.providerId === anyProvider ? null : values.providerId,
        from: values.from,
        to: values.to,
        notes: notes === '' ? null : notes,
      },
      formParse,
    );
    if (!parsed.success) {
      join.reset();
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    join.mutate(parsed.data, {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          message: t('add.added', { patient: patient ? displayName(patient) : '' }),
        });
        onAdded();
      },
      onError: (error) => setErrors(problemFieldErrors(error)),
    });
  }

  const failed = join.error !== null && Object.keys(errors).length === 0;

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <PatientPicker
          value={patient}
          onChange={(next) => {
            setPatient(next);
            setErrors((current) => withoutError(current, 'patientId'));
          }}
          error={errors.patientId}
          required
          autoFocus={!prefill.patient}
        />
        <NativeSelect
          label={t('add.provider')}
          value={values.providerId}
          data={[
            { value: anyProvider, label: t('entry.anyProvider') },
            ...activeProviders.map((provider) => ({ value: provider.id, label: provider.name })),
          ]}
          onChange={(event) => setField('providerId', event.currentTarget.value)}
          error={errors.providerId}
        />
        <NativeSelect
          label={t('add.type')}
          value={values.appointmentTypeId}
          data={[
            { value: '', label: t('add.typePlaceholder'), disabled: true },
            ...offered.map((type) => ({ value: type.id, label: type.name })),
          ]}
          description={offered.length === 0 ? t('add.noTypes') : undefined}
          onChange={(event) => setField('appointmentTypeId', event.currentTarget.value)}
          error={errors.appointmentTypeId}
          required
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('add.from')}
            value={values.from}
            min={today.toString()}
            onChange={(event) => setField('from', event.currentTarget.value)}
            error={errors.from}
            required
          />
          <TextInput
            type="date"
            label={t('add.to')}
            value={values.to}
            min={values.from}
            onChange={(event) => setField('to', event.currentTarget.value)}
            error={errors.to}
            required
          />
        </Group>
        <Textarea
          label={t('add.notes')}
          description={t('add.notesHint')}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={1000}
          value={values.notes}
          onChange={(event) => setField('notes', event.currentTarget.value)}
          error={errors.notes}
        />
        {failed && (
          <Alert color="red" title={t('add.failed')}>
            {apiErrorMessage(join.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('add.cancel')}
          </Button>
          <Button type="submit" loading={join.isPending}>
            {t('add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
