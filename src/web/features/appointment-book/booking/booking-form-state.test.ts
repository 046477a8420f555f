import { describe, expect, it } from 'vitest';
import type { PatientSummary } from '../../../../shared/patients.ts';
import type { AppointmentType } from '../../../../shared/scheduling.ts';
import { draftOf, initialValues, missingFields, typesOffered } from './booking-form-state.ts';

const lee = '11111111-1111-4111-8111-111111111111';
const kim = '22222222-2222-4222-8222-222222222222';
const type = (id: string, durationMinutes: number, providerIds: string[] = []): AppointmentType => ({
  id,
  name: `Type ${id}`,
  durationMinutes,
  bufferMinutes: 0,
  priceCents: 12_000,
  depositCents: 0,
  color: '#1c7ed6',
  bookableOnline: true,
  active: true,
  providerIds,
});
const cleaning = type('33333333-3333-4333-8333-333333333333', 30);
const filling = type('44444444-4444-4444-8444-444444444444', 45, [kim]);
const exam = type('55555555-5555-4555-8555-555555555555', 45);
const maria: PatientSummary = {
  id: '66666666-6666-4666-8666-666666666666',
  firstName: 'Maria',
  lastName: 'Silva',
  preferredName: null,
  dateOfBirth: '1985-03-02',
  email: null,
  phone: null,
  archived: false,
  alerts: [],
};

describe('the booking form', () => {
  it('offers a provider the types listing them or listing nobody', () => {
    expect(typesOffered([cleaning, filling, exam], lee)).toEqual([cleaning, exam]);
    expect(typesOffered([cleaning, filling, exam], kim)).toEqual([cleaning, filling, exam]);
  });

  it('starts at the clicked time in the clinic zone, in the clicked column', () => {
    const values = initialValues(
      { start: '2026-03-18T13:00:00Z', providerId: lee, operatoryId: null },
      [cleaning, exam],
      'America/Sao_Paulo',
    );
    expect(values).toMatchObject({
      date: '2026-03-18',
      time: '10:00',
      providerId: lee,
      operatoryId: '',
      typeId: '',
    });
  });

  it('picks the type when the choice is plain: the only one, or the one as long as the drag', () => {
    const only = initialValues(
      { start: '2026-03-18T13:00:00Z', providerId: lee },
      [cleaning, filling],
      'UTC',
    );
    expect(only.typeId).toBe(cleaning.id);
    const dragged = initialValues(
      { start: '2026-03-18T13:00:00Z', end: '2026-03-18T13:45:00Z', providerId: lee },
      [cleaning, filling, exam],
      'UTC',
    );
    expect(dragged.typeId).toBe(exam.id);
  });

  it('describes a hold only once patient, type, provider and a whole start are known', () => {
    const values = initialValues({ start: '2026-03-18T13:00:00Z', providerId: lee }, [cleaning, exam], 'UTC');
    expect(draftOf(values, 'UTC')).toBeNull();
    expect(draftOf({ ...values, patient: maria }, 'UTC')).toBeNull();
    expect(draftOf({ ...values, patient: maria, typeId: exam.id, time: '' }, 'UTC')).toBeNull();
    expect(
      draftOf({ ...values, patient: maria, typeId: exam.id, override: true }, 'America/Sao_Paulo'),
    ).toEqual({
      patientId: maria.id,
      providerId: lee,
      appointmentTypeId: exam.id,
      start: '2026-03-18T13:00:00-03:00',
      operatoryId: null,
      override: true,
    });
  });

  it('asks for a time in the past only once the desk has confirmed it', () => {
    const values = initialValues({ start: '2026-03-18T13:00:00Z', providerId: lee }, [cleaning, exam], 'UTC');
    expect(values.allowPast).toBe(false);
    const complete = { ...values, patient: maria, typeId: exam.id };
    expect(draftOf(complete, 'UTC')).not.toHaveProperty('allowPast');
    expect(draftOf({ ...complete, allowPast: true }, 'UTC')).toMatchObject({ allowPast: true });
  });

  it('names the fields still missing before saving', () => {
    const values = initialValues({ start: '2026-03-18T13:00:00Z', providerId: lee }, [cleaning, exam], 'UTC');
    expect(missingFields(values, draftOf(values, 'UTC'))).toEqual(['patientId', 'appointmentTypeId']);
    const noTime = { ...values, patient: maria, typeId: exam.id, time: '' };
    expect(missingFields(noTime, draftOf(noTime, 'UTC'))).toEqual(['start']);
    const impossible = { ...values, patient: maria, typeId: exam.id, date: '2026-02-30' };
    expect(missingFields(impossible, draftOf(impossible, 'UTC'))).toEqual(['start']);
    const complete = { ...values, patient: maria, typeId: exam.id };
    expect(missingFields(complete, draftOf(complete, 'UTC'))).toEqual([]);
  });
});
