import { useState } from 'react';
import type { PatientSummary } from '../../../../shared/patients.ts';
import type { AppointmentType } from '../../../../shared/scheduling.ts';
import type { BookingRequest } from '../booking-request.ts';
import type { HoldInput } from './api/use-place-hold.ts';
import type { BookingField } from './booking-fields.ts';
import { instantOf, localStartOf, minutesBetween } from './booking-time.ts';
import type { OpenSlot } from './slot-conflict.ts';

export type BookingValues = {
  patient: PatientSummary | null;
  typeId: string;
  providerId: string;
  /** '' for no operatory. */
  operatoryId: string;
  date: string;
  time: string;
  notes: string;
  override: boolean;
  /** The desk confirmed a time that has already started (`422 in_the_past` otherwise). */
  allowPast: boolean;
};

/** Types a provider offers: those listing them, and those listing nobody (offered by all). */
export function typesOffered(types: readonly AppointmentType[], providerId: string): AppointmentType[] {
  return types.filter((type) => type.providerIds.length === 0 || type.providerIds.includes(providerId));
}

/**
 * What the drawer starts with: the clicked time and column, and a type when the choice is
 * plain — the only one offered, or the one as long as the range that was dragged over.
 */
export function initialValues(
  request: BookingRequest,
  types: readonly AppointmentType[],
  timeZone: string,
): BookingValues {
  const offered = typesOffered(types, request.providerId);
  const dragged = request.end ? minutesBetween(request.start, request.end) : null;
  const matching = offered.filter((type) => type.durationMinutes === dragged);
  const type = offered.length === 1 ? offered[0] : matching.length === 1 ? matching[0] : undefined;
  return {
    patient: request.patient ?? null,
    typeId: type?.id ?? '',
    providerId: request.providerId,
    operatoryId: request.operatoryId ?? '',
    ...localStartOf(request.start, timeZone),
    notes: '',
    override: false,
    allowPast: false,
  };
}

/** The hold (and booking) the values describe, or null while something needed is missing. */
export function draftOf(values: BookingValues, timeZone: string): HoldInput | null {
  const start = instantOf({ date: values.date, time: values.time }, timeZone);
  if (!values.patient || values.typeId === '' || values.providerId === '' || start === null) return null;
  return {
    patientId: values.patient.id,
    providerId: values.providerId,
    appointmentTypeId: values.typeId,
    start,
    operatoryId: values.operatoryId === '' ? null : values.operatoryId,
    ...(values.override ? { override: true } : {}),
    ...(values.allowPast ? { allowPast: true } : {}),
  };
}

/** The fields a booking still lacks, for messages under each rather than a round trip. */
export function missingFields(values: BookingValues, draft: HoldInput | null): BookingField[] {
  if (draft) return [];
  const missing: BookingField[] = [];
  if (!values.patient) missing.push('patientId');
  if (values.typeId === '') missing.push('appointmentTypeId');
  if (values.providerId === '') missing.push('providerId');
  if (values.date === '' || values.time === '' || missing.length === 0) missing.push('start');
  return missing;
}

/** The form's values, with the rules that tie fields together. */
export function useBookingValues(
  initial: () => BookingValues,
  types: readonly AppointmentType[],
  timeZone: string,
) {
  const [values, setValues] = useState(initial);

  function update(change: Partial<BookingValues>) {
    setValues((current) => {
      const next = { ...current, ...change };
      // A type the newly chosen provider does not offer is no longer a choice.
      if (change.providerId !== undefined && next.typeId !== '') {
        const offered = typesOffered(types, next.providerId).some((type) => type.id === next.typeId);
        if (!offered) next.typeId = '';
      }
      return next;
    });
  }

  function pickSuggestion(slot: OpenSlot) {
    update({ providerId: slot.providerId, ...localStartOf(slot.start, timeZone) });
  }

  return { values, update, pickSuggestion };
}
