import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInUser } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import {
  createTestAppointmentType,
  createTestOperatory,
  createTestProvider,
  setWorkingHours,
} from '../../../../test/factories/scheduling.ts';
import { createWeekdayProvider, setUpNewYorkClinic } from '../../../../test/factories/scheduling-clinic.ts';
import { createTestUser } from '../../../../test/factories/users.ts';

// Monday 2 March 2026, 07:00 in New York; the visits below are on Tuesday 3 March (UTC−5).
const clock = new Date('2026-03-02T12:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
const staff = await authHeader(app, 'staff');
await setUpNewYorkClinic(app);

function book(payload: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/api/v1/appointments', headers: staff, payload });
}

type Suggestion = { providerId: string; start: string; end: string };

describe('suggestions after a conflict are times this visit can be booked at', () => {
  it('leaves out the times the patient is with another provider', async () => {
    const haag = await createWeekdayProvider(ctx);
    const jaden = await createWeekdayProvider(ctx);
    const type = await createTestAppointmentType(ctx, { durationMinutes: 30 });
    const connie = await createTestPatient(ctx);
    const withHaag = await book({
      patientId: connie.id,
      providerId: haag.id,
      appointmentTypeId: type.id,
      start: '2026-03-03T10:00:00-05:00',
    });
    expect(withHaag.statusCode).toBe(201);
    const clash = await book({
      patientId: connie.id,
      providerId: jaden.id,
      appointmentTypeId: type.id,
      start: '2026-03-03T10:00:00-05:00',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().blockers).toEqual([
      expect.objectContaining({ resource: 'patient', appointmentId: withHaag.json().id }),
    ]);
    const suggestions: Suggestion[] = clash.json().suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect(Date.parse(suggestion.start)).toBeGreaterThanOrEqual(Date.parse(withHaag.json().end));
    }
    const [first] = suggestions;
    const retried = await book({
      patientId: connie.id,
      providerId: jaden.id,
      appointmentTypeId: type.id,
      start: first?.start,
    });
    expect(retried.statusCode).toBe(201);
  });

  it('leaves out the times the chair asked for is taken', async () => {
    const first = await createWeekdayProvider(ctx);
    const second = await createWeekdayProvider(ctx);
    const chair = await createTestOperatory(ctx);
    const long = await createTestAppointmentType(ctx, { durationMinutes: 45 });
    const short = await createTestAppointmentType(ctx, { durationMinutes: 30 });
    const taken = await book({
      patientId: (await createTestPatient(ctx)).id,
      providerId: first.id,
      operatoryId: chair.id,
      appointmentTypeId: long.id,
      start: '2026-03-03T11:00:00-05:00',
    });
    expect(taken.statusCode).toBe(201);
    const patient = await createTestPatient(ctx);
    const clash = await book({
      patientId: patient.id,
      providerId: second.id,
      operatoryId: chair.id,
      appointmentTypeId: short.id,
      start: '2026-03-03T11:15:00-05:00',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().blockers).toEqual([
      expect.objectContaining({ resource: 'operatory', appointmentId: taken.json().id }),
    ]);
    const suggestions: Suggestion[] = clash.json().suggestions;
    expect(suggestions[0]?.start).toBe('2026-03-03T11:45:00-05:00');
    const retried = await book({
      patientId: patient.id,
      providerId: second.id,
      operatoryId: chair.id,
      appointmentTypeId: short.id,
      start: suggestions[0]?.start,
    });
    expect(retried.statusCode).toBe(201);
  });
});

describe('buffers are named when they are the reason', () => {
  async function splitDayProvider() {
    const provider = await createTestProvider(ctx);
    await setWorkingHours(
      ctx,
      provider.id,
      ([1, 2, 3, 4, 5] as const).flatMap((weekday) => [
        { weekday, start: '08:00', end: '12:00' },
        { weekday, start: '13:00', end: '17:00' },
      ]),
    );
    return provider;
  }

  it('says the clean-up, not the visit, runs past the working hours', async () => {
    const provider = await splitDayProvider();
    const rootCanal = await createTestAppointmentType(ctx, { durationMinutes: 90, bufferMinutes: 15 });
    const patient = await createTestPatient(ctx);
    const refused = await book({
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: rootCanal.id,
      start: '2026-03-03T10:30:00-05:00',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'outside_working_hours',
      reason: 'buffer',
      bufferMinutes: 15,
      blockers: [],
    });
    const atLunch = await book({
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: rootCanal.id,
      start: '2026-03-03T11:30:00-05:00',
    });
    expect(atLunch.json()).toMatchObject({ code: 'outside_working_hours', reason: 'hours' });
  });

  it('marks a clash with only the other visit’s clean-up', async () => {
    const provider = await createWeekdayProvider(ctx);
    const cleaning = await createTestAppointmentType(ctx, { durationMinutes: 30, bufferMinutes: 15 });
    const earlier = await book({
      patientId: (await createTestPatient(ctx)).id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-03T10:00:00-05:00',
    });
    expect(earlier.statusCode).toBe(201);
    const afterVisit = await book({
      patientId: (await createTestPatient(ctx)).id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-03T10:30:00-05:00',
    });
    expect(afterVisit.statusCode).toBe(409);
    expect(afterVisit.json().blockers).toEqual([
      expect.objectContaining({ resource: 'provider', appointmentId: earlier.json().id, viaBuffer: true }),
    ]);
    const duringVisit = await book({
      patientId: (await createTestPatient(ctx)).id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-03T10:15:00-05:00',
    });
    expect(duringVisit.statusCode).toBe(409);
    expect(duringVisit.json().blockers[0]).not.toHaveProperty('viaBuffer');
  });
});

describe('every reason at once', () => {
  it('names the clash in the outside-hours answer, so one override decision is informed', async () => {
    const provider = await createWeekdayProvider(ctx);
    const type = await createTestAppointmentType(ctx, { durationMinutes: 45 });
    const late = await book({
      patientId: (await createTestPatient(ctx)).id,
      providerId: provider.id,
      appointmentTypeId: type.id,
      start: '2026-03-03T16:15:00-05:00',
    });
    expect(late.statusCode).toBe(201);
    const refused = await book({
      patientId: (await createTestPatient(ctx)).id,
      providerId: provider.id,
      appointmentTypeId: type.id,
      start: '2026-03-03T16:45:00-05:00',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'outside_working_hours',
      reason: 'hours',
      blockers: [{ resource: 'provider', appointmentId: late.json().id }],
    });
  });
});

describe('a time in the past', () => {
  it('is refused to the desk unless it says allowPast, and booked with it', async () => {
    const provider = await createWeekdayProvider(ctx);
    const type = await createTestAppointmentType(ctx, { durationMinutes: 30 });
    const payload = {
      patientId: (await createTestPatient(ctx)).id,
      providerId: provider.id,
      appointmentTypeId: type.id,
      // Friday 27 February 2026: the Friday before the test clock's Monday.
      start: '2026-02-27T10:00:00-05:00',
    };
    const refused = await book(payload);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('in_the_past');
    const confirmed = await book({ ...payload, allowPast: true });
    expect(confirmed.statusCode).toBe(201);
  });

  it('is refused to a patient, allowPast or not', async () => {
    const user = await createTestUser(ctx, { role: 'patient' });
    const session = await logInUser(app, user);
    const provider = await createWeekdayProvider(ctx);
    const type = await createTestAppointmentType(ctx, { durationMinutes: 30, bookableOnline: true });
    const payload = {
      patientId: user.patientId,
      providerId: provider.id,
      appointmentTypeId: type.id,
      start: '2026-02-27T10:00:00-05:00',
    };
    for (const extra of [{}, { allowPast: true }]) {
      const refused = await app.inject({
        method: 'POST',
        url: '/api/v1/appointments',
        headers: session.headers,
        payload: { ...payload, ...extra },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().code).toBe('in_the_past');
    }
  });
});

describe('a guardian booking for a child', () => {
  it('is shown in a clash the visits of exactly the patients it may open', async () => {
    const user = await createTestUser(ctx, { role: 'patient' });
    const own = user.patientId;
    if (!own) throw new Error('a patient user has a patient record');
    const guardian = (await logInUser(app, user)).headers;
    const child = await createTestPatient(ctx, { guardianPatientId: own, dateOfBirth: '2015-06-01' });
    const grownUpChild = await createTestPatient(ctx, { guardianPatientId: own, dateOfBirth: '1995-06-01' });
    const stranger = await createTestPatient(ctx);
    const type = await createTestAppointmentType(ctx, { durationMinutes: 30, bookableOnline: true });
    const mayOpen: string[] = [];
    const shownInClash: string[] = [];
    for (const [hour, patientId] of [own, child.id, grownUpChild.id, stranger.id].entries()) {
      const provider = await createWeekdayProvider(ctx);
      const start = `2026-03-03T1${hour}:00:00-05:00`;
      const taken = await book({ patientId, providerId: provider.id, appointmentTypeId: type.id, start });
      expect(taken.statusCode).toBe(201);
      const clash = await app.inject({
        method: 'POST',
        url: '/api/v1/appointments',
        headers: guardian,
        payload: { patientId: child.id, providerId: provider.id, appointmentTypeId: type.id, start },
      });
      expect(clash.json()).toMatchObject({ code: 'slot_unavailable' });
      const blockers: { appointmentId?: string }[] = clash.json().blockers;
      if (blockers.some((blocker) => blocker.appointmentId === taken.json().id)) shownInClash.push(patientId);
      const opened = await app.inject({
        method: 'GET',
        url: `/api/v1/patients/${patientId}`,
        headers: guardian,
      });
      if (opened.statusCode === 200) mayOpen.push(patientId);
    }
    expect(mayOpen).toEqual([own, child.id]);
    expect(shownInClash).toEqual(mayOpen);
  });
});
