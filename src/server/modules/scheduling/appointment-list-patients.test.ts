import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInUser } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestAppointmentType } from '../../../../test/factories/scheduling.ts';
import { createWeekdayProvider, setUpNewYorkClinic } from '../../../../test/factories/scheduling-clinic.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { AppointmentList } from '../../../shared/scheduling.ts';
import { patients as patientRows } from '../../db/schema.ts';

// Monday 2 March 2026, 07:00 in New York; the visits are on Tuesday the 10th.
const clock = new Date('2026-03-02T12:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
const staff = await authHeader(app, 'staff');
await setUpNewYorkClinic(app);
const provider = await createWeekdayProvider(ctx);
const checkUp = await createTestAppointmentType(ctx, { durationMinutes: 30, bookableOnline: true });

async function book(patientId: string, start: string, headers: Record<string, string> = staff) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers,
    payload: { patientId, providerId: provider.id, appointmentTypeId: checkUp.id, start },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

async function recordHistory(patientId: string, history: Record<string, unknown>) {
  const response = await app.inject({
    method: 'PUT',
    url: `/api/v1/patients/${patientId}/medical-history`,
    headers: { ...staff, 'if-match': '"0"' },
    payload: { allergies: [], medications: [], conditions: [], alerts: [], notes: null, ...history },
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function listDay(date: string, headers: Record<string, string>) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/appointments?from=${date}&to=${date}&providerId=${provider.id}`,
    headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  // The response must match the published schema, `patient` included.
  return AppointmentList.parse(response.json());
}

describe('the appointment list for the calendar', () => {
  it('gives staff each patient’s name and current alerts, most severe first', async () => {
    const bia = await createTestPatient(ctx, {
      firstName: 'Beatriz',
      lastName: 'Magalhães',
      preferredName: 'Bia',
    });
    const plain = await createTestPatient(ctx, { firstName: 'Carlos', lastName: 'Souza' });
    await recordHistory(bia.id, {
      allergies: [
        { substance: 'Latex', reaction: 'Rash', severity: 'moderate' },
        { substance: 'Penicillin', reaction: 'Hives', severity: 'severe' },
      ],
      alerts: [{ flag: 'anticoagulants', note: null }],
    });
    const biaVisit = await book(bia.id, '2026-03-10T09:00:00-04:00');
    const plainVisit = await book(plain.id, '2026-03-10T10:00:00-04:00');

    const { items } = await listDay('2026-03-10', staff);
    expect(items.find((item) => item.id === biaVisit.id)?.patient).toEqual({
      id: bia.id,
      firstName: 'Beatriz',
      lastName: 'Magalhães',
      preferredName: 'Bia',
      archived: false,
      alerts: [
        { kind: 'alert', flag: 'anticoagulants', label: 'Anticoagulants', severity: 'high' },
        { kind: 'allergy', label: 'Penicillin', severity: 'high' },
        { kind: 'allergy', label: 'Latex', severity: 'moderate' },
      ],
    });
    expect(items.find((item) => item.id === plainVisit.id)?.patient).toEqual({
      id: plain.id,
      firstName: 'Carlos',
      lastName: 'Souza',
      preferredName: null,
      archived: false,
      alerts: [],
    });
  });

  it('marks the visits of a patient archived since, so the desk does not call them in', async () => {
    const gone = await createTestPatient(ctx, { firstName: 'Gone', lastName: 'Away' });
    const visit = await book(gone.id, '2026-03-13T09:00:00-04:00');
    await ctx.db.update(patientRows).set({ archivedAt: clock }).where(eq(patientRows.id, gone.id));
    const { items } = await listDay('2026-03-13', staff);
    expect(items.find((item) => item.id === visit.id)?.patient).toMatchObject({
      id: gone.id,
      archived: true,
    });
  });

  it('pairs every appointment of a busy day with its own patient, for providers too', async () => {
    const patients = await Promise.all(
      Array.from({ length: 12 }, (_, index) => createTestPatient(ctx, { firstName: `Busy${index}` })),
    );
    for (const [index, patient] of patients.entries()) {
      const hour = String(9 + Math.floor(index / 2)).padStart(2, '0');
      await book(patient.id, `2026-03-11T${hour}:${index % 2 === 0 ? '00' : '30'}:00-04:00`);
    }
    const providerUser = await authHeader(app, 'provider');
    const { items } = await listDay('2026-03-11', providerUser);
    expect(items).toHaveLength(12);
    for (const item of items) {
      const patient = patients.find((candidate) => candidate.id === item.patientId);
      expect(item.patient, item.id).toMatchObject({
        id: item.patientId,
        firstName: patient?.firstName,
        lastName: patient?.lastName,
      });
    }
  });

  it('gives a patient their own visits without the patient member, and nobody else’s', async () => {
    const user = await createTestUser(ctx, { role: 'patient' });
    if (!user.patientId) throw new Error('the patient factory links a patient record');
    const patient = await logInUser(app, user);
    const stranger = await createTestPatient(ctx, { firstName: 'Stranger' });
    const own = await book(user.patientId, '2026-03-12T09:00:00-04:00');
    const theirs = await book(stranger.id, '2026-03-12T10:00:00-04:00');

    const { items } = await listDay('2026-03-12', patient.headers);
    expect(items.map((item) => item.id)).toEqual([own.id]);
    expect(items[0]).not.toHaveProperty('patient');
    expect(JSON.stringify(items)).not.toContain(theirs.id);
    expect(JSON.stringify(items)).not.toContain('Stranger');
  });
});
