import type { APIRequestContext } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { adminToken } from './admin-api.ts';
import { at } from './clinic-dates.ts';
import { createPatient, uniqueTag } from './patients-api.ts';
import { bookAppointment, clinicTimeZone, createAppointmentType, createProvider } from './scheduling-api.ts';

/**
 * The given weekday (1 Monday … 7 Sunday) of next week in the clinic's zone: always ahead, and
 * a working day for the providers tests make (they work every day).
 */
export function nextWeekday(timeZone: string, weekday: number): Temporal.PlainDate {
  const today = Temporal.Now.plainDateISO(timeZone);
  return today.add({ days: ((weekday - today.dayOfWeek + 7) % 7) + 7 });
}

/** A provider, type and patient of the test's own, with a 30-minute visit at `time` on `date`. */
export async function bookedDay(
  request: APIRequestContext,
  date: (timeZone: string) => Temporal.PlainDate,
  time = '10:00',
) {
  const token = await adminToken(request);
  const timeZone = await clinicTimeZone(request, token);
  const day = date(timeZone);
  const tag = uniqueTag();
  const provider = await createProvider(request, token, { name: `Dr ${tag} Book` });
  const type = await createAppointmentType(request, token, {
    name: `Cleaning ${tag}`,
    durationMinutes: 30,
    color: '#1c7ed6',
  });
  const patient = await createPatient(request, token, {
    firstName: `Ana ${tag}`,
    lastName: 'Moreira',
    dateOfBirth: '1984-06-02',
  });
  const appointment = await bookAppointment(request, token, {
    patientId: patient.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start: at(day, time, timeZone),
  });
  return { token, timeZone, day, tag, provider, type, patient, appointment };
}
