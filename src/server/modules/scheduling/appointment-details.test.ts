import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs, logInUser } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestAppointmentType, createTestOperatory } from '../../../../test/factories/scheduling.ts';
import { createWeekdayProvider, setUpNewYorkClinic } from '../../../../test/factories/scheduling-clinic.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { auditEvents } from '../audit/audit-tables.ts';

// Monday 2 March 2026, 07:00 in New York.
const clock = new Date('2026-03-02T12:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
await setUpNewYorkClinic(app, { maxAdvanceDays: 120 });
const desk = await logInAs(app, ctx, 'staff');
const manager = await logInAs(app, ctx, 'manager');
const staff = desk.headers;

const provider = await createWeekdayProvider(ctx);
const cleaning = await createTestAppointmentType(ctx, { durationMinutes: 30, bufferMinutes: 10 });
const filling = await createTestAppointmentType(ctx, { durationMinutes: 60, priceCents: 12_000 });
const chairOne = await createTestOperatory(ctx);
const chairTwo = await createTestOperatory(ctx);

type Visit = { id: string; start: string; end: string; version: number; patientId: string };

async function booked(start: string, extra: Record<string, unknown> = {}): Promise<Visit> {
  const patient = await createTestPatient(ctx);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: staff,
    payload: {
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start,
      operatoryId: chairOne.id,
      ...extra,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const patch = (id: string, payload: object, headers: Record<string, string> = staff) =>
  app.inject({ method: 'PATCH', url: `/api/v1/appointments/${id}`, headers, payload });
const setStatus = (id: string, status: string, headers: Record<string, string> = staff) =>
  app.inject({ method: 'POST', url: `/api/v1/appointments/${id}/status`, headers, payload: { status } });
const history = (id: string, headers: Record<string, string> = staff) =>
  app.inject({ method: 'GET', url: `/api/v1/appointments/${id}/history`, headers });

describe('changing a booked visit’s details', () => {
  it('changes the type: the end follows the new type’s length, under the same conflict rules', async () => {
    const visit = await booked('2026-03-03T09:00:00-05:00');
    const later = await booked('2026-03-03T09:45:00-05:00', { operatoryId: chairTwo.id });

    // 09:00–10:00 runs into the 09:45 visit with the same provider.
    const clash = await patch(visit.id, { appointmentTypeId: filling.id });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({
      code: 'slot_unavailable',
      blockers: [{ resource: 'provider', appointmentId: later.id }],
    });

    await app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${later.id}/cancel`,
      headers: staff,
      payload: { reason: null },
    });
    const changed = await patch(visit.id, { appointmentTypeId: filling.id }, { ...staff, 'if-match': '"1"' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      appointmentTypeId: filling.id,
      start: '2026-03-03T14:00:00.000Z',
      end: '2026-03-03T15:00:00.000Z',
      version: 2,
    });

    // Past 17:00 only with the override, as for a move.
    const late = await booked('2026-03-03T16:15:00-05:00');
    const outside = await patch(late.id, { appointmentTypeId: filling.id });
    expect(outside.json().code).toBe('outside_working_hours');
    const insisted = await patch(late.id, { appointmentTypeId: filling.id, override: true });
    expect(insisted.json().end).toBe('2026-03-03T22:15:00.000Z');
  });

  it('changes the chair and the notes, and refuses a chair that is taken', async () => {
    const visit = await booked('2026-03-04T09:00:00-05:00');
    const other = await createWeekdayProvider(ctx);
    const otherPatient = await createTestPatient(ctx);
    const inChairTwo = await app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: staff,
      payload: {
        patientId: otherPatient.id,
        providerId: other.id,
        appointmentTypeId: cleaning.id,
        start: '2026-03-04T09:00:00-05:00',
        operatoryId: chairTwo.id,
      },
    });
    expect(inChairTwo.statusCode).toBe(201);
    const taken = await patch(visit.id, { operatoryId: chairTwo.id });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().blockers).toEqual([
      expect.objectContaining({ resource: 'operatory', appointmentId: inChairTwo.json().id }),
    ]);

    const moved = await patch(visit.id, { operatoryId: null, notes: 'Bring the X-rays' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ operatoryId: null, notes: 'Bring the X-rays', end: visit.end });
  });

  it('keeps notes open after arrival, but not the type', async () => {
    const visit = await booked('2026-03-02T10:00:00-05:00');
    expect((await setStatus(visit.id, 'checked_in')).statusCode).toBe(200);
    const notes = await patch(visit.id, { notes: 'Sensitive on the left' });
    expect(notes.statusCode).toBe(200);
    const type = await patch(visit.id, { appointmentTypeId: filling.id });
    expect(type.statusCode).toBe(409);
    expect(type.json().code).toBe('invalid_transition');
  });

  it('does not let a patient change the type of their own visit', async () => {
    const user = await createTestUser(ctx, { role: 'patient' });
    const session = await logInUser(app, user);
    const own = await app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: staff,
      payload: {
        patientId: user.patientId,
        providerId: provider.id,
        appointmentTypeId: cleaning.id,
        start: '2026-03-20T09:00:00-04:00',
      },
    });
    const refused = await patch(own.json().id, { appointmentTypeId: filling.id }, session.headers);
    expect(refused.statusCode).toBe(403);
    expect((await history(own.json().id, session.headers)).statusCode).toBe(403);
  });

  it('audits which fields changed, never the words of the notes', async () => {
    const visit = await booked('2026-03-05T09:00:00-05:00');
    await patch(visit.id, {
      appointmentTypeId: filling.id,
      operatoryId: chairTwo.id,
      notes: 'Private words',
    });
    const [event] = await ctx.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, visit.id), eq(auditEvents.action, 'appointments.reschedule')));
    expect(event?.detail).toMatchObject({
      changed: ['chair', 'type', 'notes'],
      fromTypeId: cleaning.id,
      toTypeId: filling.id,
      fromOperatoryId: chairOne.id,
      toOperatoryId: chairTwo.id,
    });
    expect(JSON.stringify(event?.detail)).not.toContain('Private words');
  });
});

describe('an appointment’s history', () => {
  it('lists who booked, moved, changed, completed, reopened it, oldest first, without reads', async () => {
    const visit = await booked('2026-03-02T09:00:00-05:00');
    await app.inject({ method: 'GET', url: `/api/v1/appointments/${visit.id}`, headers: staff });
    expect((await patch(visit.id, { start: '2026-03-02T11:00:00-05:00' })).statusCode).toBe(200);
    expect((await patch(visit.id, { notes: 'Bring the X-rays' })).statusCode).toBe(200);
    for (const status of ['checked_in', 'in_progress', 'completed']) {
      expect((await setStatus(visit.id, status)).statusCode).toBe(200);
    }
    expect((await setStatus(visit.id, 'in_progress', staff)).statusCode).toBe(403);
    expect((await setStatus(visit.id, 'in_progress', manager.headers)).statusCode).toBe(200);

    const response = await history(visit.id);
    expect(response.statusCode, response.body).toBe(200);
    const events = response.json().events;
    expect(events.map((event: { kind: string }) => event.kind)).toEqual([
      'booked',
      'rescheduled',
      'details_changed',
      'status_changed',
      'status_changed',
      'status_changed',
      'reopened',
    ]);
    expect(events[0]).toMatchObject({ actorName: desk.user.name, actorRole: 'staff', seriesId: null });
    expect(events[1]).toMatchObject({ start: '2026-03-02T16:00:00.000Z', changedFields: ['start'] });
    expect(events[2]).toMatchObject({ changedFields: ['notes'], start: null });
    expect(events[5]).toMatchObject({ fromStatus: 'in_progress', toStatus: 'completed' });
    expect(events[6]).toMatchObject({
      actorName: manager.user.name,
      actorRole: 'manager',
      fromStatus: 'completed',
      toStatus: 'in_progress',
    });
    expect(Date.parse(events[0].at)).not.toBeNaN();
  });

  it('gives a cancellation its reason, and a series visit its series', async () => {
    const visit = await booked('2026-03-06T09:00:00-05:00');
    await app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${visit.id}/cancel`,
      headers: staff,
      payload: { reason: 'Patient is travelling' },
    });
    const cancelled = (await history(visit.id)).json().events;
    expect(cancelled.at(-1)).toMatchObject({
      kind: 'cancelled',
      fromStatus: 'scheduled',
      toStatus: 'cancelled',
      cancelReason: 'Patient is travelling',
    });

    const patient = await createTestPatient(ctx);
    const series = await app.inject({
      method: 'POST',
      url: '/api/v1/appointment-series',
      headers: staff,
      payload: {
        patientId: patient.id,
        providerId: provider.id,
        appointmentTypeId: cleaning.id,
        start: '2026-03-10T14:00:00-04:00',
        rrule: 'FREQ=WEEKLY;COUNT=3',
      },
    });
    expect(series.statusCode, series.body).toBe(201);
    const { seriesId, appointments } = series.json();
    await app.inject({
      method: 'POST',
      url: `/api/v1/appointment-series/${seriesId}/cancel`,
      headers: staff,
      payload: { fromAppointmentId: appointments[1].id, reason: 'Moving away' },
    });
    const second = (await history(appointments[1].id)).json().events;
    expect(second).toEqual([
      expect.objectContaining({ kind: 'booked', seriesId }),
      expect.objectContaining({ kind: 'cancelled', seriesId, cancelReason: 'Moving away' }),
    ]);
    expect((await history(appointments[0].id)).json().events).toHaveLength(1);
  });

  it('is 404 for an appointment that does not exist', async () => {
    const response = await history('00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });
});
