import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentType, Operatory, Provider } from '../../../../shared/scheduling.ts';
import { isApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formatDateTime, type LocaleFormat } from '../../../i18n/format.ts';
import { displayName } from '../../patients/index.ts';
import { AddToWaitlistModal, type WaitlistPrefill } from '../../waitlist/index.ts';
import type { BookingRequest } from '../booking-request.ts';
import { type BookingField, fieldsWithProblems } from './booking-fields.ts';
import { type BookingValues, draftOf, initialValues, useBookingValues } from './booking-form-state.ts';
import { instantOf } from './booking-time.ts';
import { bookingNamespace } from './i18n.ts';
import { PatientField } from './patient-field.tsx';
import { RepeatFields } from './repeat-fields.tsx';
import { SeriesProblem } from './series-problem.tsx';
import { type RepeatValues, repeatOff } from './series-rule.ts';
import { slotConflictOf } from './slot-conflict.ts';
import { SlotStatus } from './slot-status.tsx';
import { strongAction } from './text-colours.ts';
import { useSaveBooking } from './use-save-booking.ts';
import { useSaveSeries } from './use-save-series.ts';
import { useSlotHold } from './use-slot-hold.ts';
import { VisitFields } from './visit-fields.tsx';

type Props = {
  request: BookingRequest;
  /** False while the drawer closes: the hold is given back at once. */
  active: boolean;
  providers: readonly Provider[];
  types: readonly AppointmentType[];
  operatories: readonly Operatory[];
  format: LocaleFormat;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
};

function isSlotProblem(error: unknown): boolean {
  return ['slot_unavailable', 'outside_working_hours', 'hold_expired'].some((code) =>
    isApiError(error, code),
  );
}

export function BookingForm({
  request,
  active,
  providers,
  types,
  operatories,
  format,
  onClose,
  onBooked,
}: Props) {
  const { t } = useTranslation(bookingNamespace);
  const { values, update, pickSuggestion } = useBookingValues(
    () => initialValues(request, types, format.timeZone),
    types,
    format.timeZone,
  );
  const draft = draftOf(values, format.timeZone);
  const [repeat, setRepeat] = useState<RepeatValues>(repeatOff);
  const [waitlisting, setWaitlisting] = useState<WaitlistPrefill | null>(null);
  // A series is checked visit by visit when it is booked; a hold on its first visit would be in
  // its own way, so none is kept while repeating.
  const slot = useSlotHold(active && !repeat.on ? draft : null);
  const providerName = (id: string) =>
    providers.find((provider) => provider.id === id)?.name ?? t('slot.aProvider');
  const { save, saving, saveProblem, problemFields, forgetProblems } = useSaveBooking({
    values,
    draft,
    slot,
    onSaved: (appointment) => {
      notifications.show({
        color: 'teal',
        message: t('drawer.booked', {
          patient: values.patient ? displayName(values.patient) : '',
          provider: providerName(appointment.providerId),
          when: formatDateTime(appointment.start, format),
        }),
      });
      onBooked(appointment);
      onClose();
    },
  });

  const series = useSaveSeries({
    values,
    draft,
    repeat,
    timeZone: format.timeZone,
    onSaved: (booked) => {
      const [first] = booked.appointments;
      const last = booked.appointments.at(-1);
      notifications.show({
        color: 'teal',
        message: t('repeat.booked', {
          count: booked.appointments.length,
          patient: values.patient ? displayName(values.patient) : '',
          provider: providerName(booked.providerId),
          first: first ? formatDateTime(first.start, format) : '',
          last: last ? formatDateTime(last.start, format) : '',
        }),
      });
      if (first) onBooked(first);
      onClose();
    },
  });

  const checkError = slot.check.state === 'failed' ? slot.check.error : null;
  const flagged = new Set<BookingField>([...problemFields, ...fieldsWithProblems(checkError)]);
  const fieldError = (field: BookingField) => (flagged.has(field) ? t(`fields.${field}`) : undefined);
  const start = instantOf({ date: values.date, time: values.time }, format.timeZone);
  const outsideHours = isApiError(saveProblem ?? checkError, 'outside_working_hours');
  const inThePast = isApiError(saveProblem, 'in_the_past');
  // Problems about the time itself are explained with the time; anything else below the form.
  const slotSaveProblem = isSlotProblem(saveProblem) ? saveProblem : null;

  function change(patch: Partial<BookingValues>, fields: BookingField[]) {
    update(patch);
    forgetProblems(fields);
    series.forgetProblem();
  }
  const blockerContext = {
    patient: values.patient,
    providerId: values.providerId,
    operatoryName: operatories.find((operatory) => operatory.id === values.operatoryId)?.name ?? null,
    providerName,
    format,
  };
  const taken = !repeat.on && slotConflictOf(slotSaveProblem ?? checkError) !== null;

  // Saving while a hold for the same time is on its way would collide with that hold.
  const checking = slot.check.state === 'checking';

  return (
    <form
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (repeat.on) {
          // Missing fields are flagged the same way; only a whole draft books a series.
          if (draft) series.save();
          else save();
        } else if (!checking) save();
      }}
    >
      <Stack gap="md">
        <PatientField
          value={values.patient}
          onChange={(patient) => change({ patient }, ['patientId'])}
          error={fieldError('patientId')}
        />
        <VisitFields
          values={values}
          start={start}
          providers={providers}
          types={types}
          operatories={operatories}
          format={format}
          fieldError={fieldError}
          onChange={change}
        />
        <RepeatFields
          value={repeat}
          firstDate={values.date}
          error={series.ruleMissing ? t('repeat.incomplete') : undefined}
          onChange={(patch) => {
            setRepeat((current) => ({ ...current, ...patch }));
            series.forgetProblem();
          }}
        />
        {repeat.on ? (
          series.problem !== null ? (
            <SeriesProblem problem={series.problem} context={blockerContext} />
          ) : (
            <Text size="sm">{t('repeat.checkedAtBooking')}</Text>
          )
        ) : (
          <SlotStatus
            check={slot.check}
            saveProblem={slotSaveProblem}
            start={start}
            onSuggestion={(suggestion) => {
              pickSuggestion(suggestion);
              forgetProblems(['start', 'providerId']);
            }}
            context={blockerContext}
          />
        )}
        {taken && (
          <Group>
            <Button
              variant="light"
              onClick={() =>
                setWaitlisting({
                  patient: values.patient,
                  providerId: values.providerId || null,
                  ...(values.typeId ? { appointmentTypeId: values.typeId } : {}),
                  ...(values.date ? { from: values.date } : {}),
                })
              }
            >
              {t('drawer.waitlistInstead')}
            </Button>
          </Group>
        )}
        <AddToWaitlistModal prefill={waitlisting} onClose={() => setWaitlisting(null)} />
        {(outsideHours || values.override) && (
          <Checkbox
            label={t('drawer.override')}
            checked={values.override}
            onChange={(event) => change({ override: event.currentTarget.checked }, [])}
          />
        )}
        {(inThePast || values.allowPast) && (
          <Checkbox
            label={t('drawer.allowPast')}
            checked={values.allowPast}
            onChange={(event) => change({ allowPast: event.currentTarget.checked }, [])}
          />
        )}
        <Textarea
          label={t('drawer.notes')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          value={values.notes}
          error={fieldError('notes')}
          onChange={(event) => change({ notes: event.currentTarget.value }, ['notes'])}
        />
        {saveProblem !== null && slotSaveProblem === null && (
          <Alert color="red" title={t('drawer.failed')}>
            <Text size="sm">{apiErrorMessage(saveProblem)}</Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('drawer.cancel')}
          </Button>
          <Button
            type="submit"
            color={strongAction}
            loading={saving || series.saving}
            disabled={!repeat.on && checking}
          >
            {repeat.on ? t('repeat.save') : t('drawer.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
