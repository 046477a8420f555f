import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInUser } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestAppointmentType, createTestOperatory } from '../../../../test/factories/scheduling.ts';
import { createWeekdayProvider, setUpNewYorkClinic } from '../../../../test/factories/scheduling-clinic.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { appointments, idempotencyKeys } from '../../db/schema.ts';
import { idempotencyRequestHash } from './idempotency.ts';

// Monday 2 March 2026, 07:00 in New York.
let clock = new Date('2026-03-02T12:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
const staff = await authHeader(app, 'staff');
await setUpNewYorkClinic(app);

const workingProvider = () => createWeekdayProvider(ctx);

const provider = await workingProvider();
const otherProvider = await workingProvider();
const cleaning = await createTestAppointmentType(ctx, {
  durationMinutes: 30,
  bufferMinutes: 10,
  bookableOnline: true,
});
const surgery = await createTestAppointmentType(ctx, { durationMinutes: 60, bookableOnline: false });

function book(payload: Record<string, unknown>, headers: Record<string, string> = staff) {
  return app.inject({ method: 'POST', url: '/api/v1/appointments', headers, payload });
}

describe('booking', () => {
  it('books a visit whose end follows from the type, and lists it', async () => {
    const patient = await createTestPatient(ctx);
    const response = await book({
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-03T10:00:00-05:00',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'scheduled',
      start: '2026-03-03T15:00:00.000Z',
      end: '2026-03-03T15:30:00.000Z',
      patientId: patient.id,
    });
    const listed = await app.inject({
      method: 'GET',
      url: `/api/v1/appointments?from=2026-03-03&to=2026-03-03&providerId=${provider.id}`,
      headers: staff,
    });
    expect(listed.json().items.map((item: { id: string }) => item.id)).toContain(response.json().id);
  });

  it('refuses an overlap with 409 naming the blocker and offering the next open slots', async () => {
    const first = await createTestPatient(ctx);
    const second = await createTestPatient(ctx);
    const taken = await book({
      patientId: first.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-04T11:00:00-05:00',
    });
    expect(taken.statusCode).toBe(201);
    for (const start of ['2026-03-04T11:15:00-05:00', '2026-03-04T11:30:00-05:00']) {
      const clash = await book({
        patientId: second.id,
        providerId: provider.id,
        appointmentTypeId: cleaning.id,
        start,
      });
      expect(clash.statusCode, start).toBe(409);
      expect(clash.json()).toMatchObject({
        code: 'slot_unavailable',
        blockers: [{ resource: 'provider', appointmentId: taken.json().id, start: taken.json().start }],
      });
      expect(clash.json().suggestions[0]).toMatchObject({
        providerId: provider.id,
        start: '2026-03-04T11:45:00-05:00',
      });
    }
    // A longer visit that would enclose the booked one is refused too.
    const enclosing = await book({
      patientId: second.id,
      providerId: provider.id,
      appointmentTypeId: surgery.id,
      start: '2026-03-04T10:45:00-05:00',
    });
    expect(enclosing.statusCode).toBe(409);
    // Right after the buffer is free.
    const touching = await book({
      patientId: second.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-04T11:40:00-05:00',
    });
    expect(touching.statusCode).toBe(201);
  });

  it('never double-books a patient or a chair across providers', async () => {
    const patient = await createTestPatient(ctx);
    const chair = await createTestOperatory(ctx);
    const start = '2026-03-05T09:00:00-05:00';
    expect(
      (
        await book({
          patientId: patient.id,
          providerId: provider.id,
          appointmentTypeId: cleaning.id,
          start,
          operatoryId: chair.id,
        })
      ).statusCode,
    ).toBe(201);
    const samePatient = await book({
      patientId: patient.id,
      providerId: otherProvider.id,
      appointmentTypeId: cleaning.id,
      start,
    });
    expect(samePatient.statusCode).toBe(409);
    expect(samePatient.json().blockers.map((b: { resource: string }) => b.resource)).toEqual(['patient']);
    const other = await createTestPatient(ctx);
    const sameChair = await book({
      patientId: other.id,
      providerId: otherProvider.id,
      appointmentTypeId: cleaning.id,
      start,
      operatoryId: chair.id,
    });
    expect(sameChair.statusCode).toBe(409);
    expect(sameChair.json().blockers.map((b: { resource: string }) => b.resource)).toEqual(['operatory']);
  });

  it('answers 422 outside working hours unless staff override', async () => {
    const patient = await createTestPatient(ctx);
    const late = {
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-03T16:45:00-05:00',
    };
    const refused = await book(late);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('outside_working_hours');
    expect((await book({ ...late, override: true })).statusCode).toBe(201);
    const saturday = await book({ ...late, start: '2026-03-07T10:00:00-05:00' });
    expect(saturday.json().code).toBe('outside_working_hours');
  });

  it('keeps local wall-clock times across the spring-forward change', async () => {
    const patient = await createTestPatient(ctx);
    // Monday 9 March 2026 is the first weekday after clocks moved to EDT (UTC−4).
    const response = await book({
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-09T09:00:00-04:00',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().start).toBe('2026-03-09T13:00:00.000Z');
  });

  it('validates ids and instants with field paths', async () => {
    const bad = await book({
      patientId: 'x',
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: 'tomorrow',
    });
    expect([400, 422]).toContain(bad.statusCode);
    const paths = bad.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['patientId', 'start']));
    const unknownPatient = await book({
      patientId: '00000000-0000-4000-8000-000000000000',
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-03T13:00:00-05:00',
    });
    expect(unknownPatient.statusCode).toBe(404);
  });
});

describe('patients booking online', () => {
  it('book for themselves only what is online, on the grid, within the policy', async () => {
    const user = await createTestUser(ctx, { role: 'patient' });
    const session = await logInUser(app, user);
    const base = { patientId: user.patientId, providerId: provider.id, appointmentTypeId: cleaning.id };
    expect((await book({ ...base, start: '2026-03-10T09:00:00-04:00' }, session.headers)).statusCode).toBe(
      201,
    );
    const offline = await book(
      { ...base, appointmentTypeId: surgery.id, start: '2026-03-10T13:00:00-04:00' },
      session.headers,
    );
    expect(offline.json().code).toBe('not_bookable_online');
    const offGrid = await book({ ...base, start: '2026-03-10T10:05:00-04:00' }, session.headers);
    expect(offGrid.statusCode).toBe(422);
    const tooSoon = await book({ ...base, start: '2026-03-02T08:45:00-05:00' }, session.headers);
    expect(tooSoon.json().code).toBe('outside_booking_window');
    const someoneElse = await createTestPatient(ctx);
    const forOther = await book(
      { ...base, patientId: someoneElse.id, start: '2026-03-10T11:00:00-04:00' },
      session.headers,
    );
    expect(forOther.statusCode).toBe(404);
    const status = await app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${(await book({ ...base, start: '2026-03-11T09:00:00-04:00' }, session.headers)).json().id}/status`,
      headers: session.headers,
      payload: { status: 'confirmed' },
    });
    expect(status.statusCode).toBe(403);
  });
});

describe('the appointment life cycle', () => {
  async function scheduled(start: string) {
    const patient = await createTestPatient(ctx);
    const response = await book({
      patientId: patient.id,
      providerId: otherProvider.id,
      appointmentTypeId: cleaning.id,
      start,
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }
  const setStatus = (id: string, status: string) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${id}/status`,
      headers: staff,
      payload: { status },
    });

  it('moves check in → in progress → completed and refuses illegal moves with 409', async () => {
    const appointment = await scheduled('2026-03-12T09:00:00-04:00');
    for (const status of ['confirmed', 'checked_in', 'in_progress', 'completed']) {
      expect((await setStatus(appointment.id, status)).json().status).toBe(status);
    }
    const back = await setStatus(appointment.id, 'scheduled');
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ code: 'invalid_transition', from: 'completed', to: 'scheduled' });
  });

  it('cancelling frees the slot', async () => {
    const appointment = await scheduled('2026-03-12T11:00:00-04:00');
    const cancelled = await app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${appointment.id}/cancel`,
      headers: staff,
      payload: { reason: 'Patient called' },
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Patient called' });
    await scheduled('2026-03-12T11:00:00-04:00');
  });

  it('reschedules under the same conflict rules and honours If-Match', async () => {
    const moving = await scheduled('2026-03-13T09:00:00-04:00');
    const blocker = await scheduled('2026-03-13T10:00:00-04:00');
    const patch = (payload: object, headers: Record<string, string> = staff) =>
      app.inject({ method: 'PATCH', url: `/api/v1/appointments/${moving.id}`, headers, payload });
    const clash = await patch({ start: '2026-03-13T10:00:00-04:00' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().blockers[0].appointmentId).toBe(blocker.id);
    const moved = await patch({ start: '2026-03-13T11:00:00-04:00' }, { ...staff, 'if-match': '"1"' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ start: '2026-03-13T15:00:00.000Z', version: 2 });
    const stale = await patch({ notes: 'stale' }, { ...staff, 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
  });

  it('resizes under the same rules, and a moved visit keeps its length', async () => {
    const resizing = await scheduled('2026-03-16T09:00:00-04:00');
    await scheduled('2026-03-16T10:00:00-04:00');
    const patch = (payload: object, headers: Record<string, string> = staff) =>
      app.inject({ method: 'PATCH', url: `/api/v1/appointments/${resizing.id}`, headers, payload });

    // 09:00–10:30 would run into the 10:00 visit (and the 10-minute buffer would too at 10:00).
    expect((await patch({ end: '2026-03-16T10:30:00-04:00' })).statusCode).toBe(409);
    const longer = await patch({ end: '2026-03-16T09:50:00-04:00' });
    expect(longer.statusCode).toBe(200);
    expect(longer.json()).toMatchObject({
      start: '2026-03-16T13:00:00.000Z',
      end: '2026-03-16T13:50:00.000Z',
    });
    const moved = await patch({ start: '2026-03-16T11:00:00-04:00' });
    expect(moved.json()).toMatchObject({
      start: '2026-03-16T15:00:00.000Z',
      end: '2026-03-16T15:50:00.000Z',
    });

    // Past the provider's 17:00 is outside the hours unless staff insist.
    const late = { start: '2026-03-16T16:30:00-04:00', end: '2026-03-16T17:30:00-04:00' };
    expect((await patch(late)).json().code).toBe('outside_working_hours');
    expect((await patch({ ...late, override: true })).json().end).toBe('2026-03-16T21:30:00.000Z');

    for (const end of [
      '2026-03-16T16:00:00-04:00',
      '2026-03-16T16:32:00-04:00',
      '2026-03-16T16:45:30-04:00',
    ]) {
      const refused = await patch({ end });
      expect(refused.statusCode, end).toBe(422);
      expect(refused.json().errors, end).toEqual([expect.objectContaining({ path: 'end' })]);
    }
    expect((await patch({ end: 'half past four' })).statusCode).toBe(422);

    const user = await createTestUser(ctx, { role: 'patient' });
    const own = await book({
      patientId: user.patientId,
      providerId: otherProvider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-23T09:00:00-04:00',
    });
    const session = await logInUser(app, user);
    const byPatient = await app.inject({
      method: 'PATCH',
      url: `/api/v1/appointments/${own.json().id}`,
      headers: session.headers,
      payload: { end: '2026-03-23T10:00:00-04:00' },
    });
    expect(byPatient.statusCode).toBe(403);
  });

  it('lets a patient cancel only before the notice period', async () => {
    const user = await createTestUser(ctx, { role: 'patient' });
    const session = await logInUser(app, user);
    const soon = await book({
      patientId: user.patientId,
      providerId: otherProvider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-02T15:00:00-05:00',
    });
    expect(soon.statusCode).toBe(201);
    const refused = await app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${soon.json().id}/cancel`,
      headers: session.headers,
      payload: {},
    });
    expect(refused.json(), JSON.stringify(soon.json())).toMatchObject({ code: 'cancellation_window_passed' });
    const later = await book({
      patientId: user.patientId,
      providerId: otherProvider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-20T09:00:00-04:00',
    });
    const allowed = await app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${later.json().id}/cancel`,
      headers: session.headers,
      payload: {},
    });
    expect(allowed.json().status).toBe('cancelled');
  });
});

describe('holds', () => {
  it('occupy the slot until they lapse, and turn into the appointment for the same caller', async () => {
    const patient = await createTestPatient(ctx);
    const other = await createTestPatient(ctx);
    const slot = {
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-16T14:00:00-04:00',
    };
    const hold = await app.inject({
      method: 'POST',
      url: '/api/v1/holds',
      headers: staff,
      payload: { ...slot, patientId: patient.id },
    });
    expect(hold.statusCode).toBe(201);
    expect(hold.json().expiresAt).toBe('2026-03-02T12:10:00.000Z');
    expect((await book({ ...slot, patientId: other.id })).statusCode).toBe(409);
    const converted = await book({ ...slot, patientId: patient.id, holdId: hold.json().id });
    expect(converted.statusCode).toBe(201);
    expect(converted.json().id).toBe(hold.json().id);
  });

  it('never block once expired, even before anything sweeps them', async () => {
    const patient = await createTestPatient(ctx);
    const other = await createTestPatient(ctx);
    const slot = {
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-16T15:00:00-04:00',
    };
    const hold = await app.inject({
      method: 'POST',
      url: '/api/v1/holds',
      headers: staff,
      payload: { ...slot, patientId: patient.id },
    });
    expect(hold.statusCode).toBe(201);
    const saved = clock;
    clock = new Date(clock.getTime() + 11 * 60_000);
    try {
      const availability = await app.inject({
        method: 'GET',
        url: `/api/v1/availability?appointmentTypeId=${cleaning.id}&from=2026-03-16&to=2026-03-16&providerId=${provider.id}`,
        headers: staff,
      });
      expect(availability.json().slots.map((s: { start: string }) => s.start)).toContain(
        '2026-03-16T15:00:00-04:00',
      );
      expect((await book({ ...slot, patientId: other.id })).statusCode).toBe(201);
      const late = await book({ ...slot, patientId: patient.id, holdId: hold.json().id });
      expect(late.statusCode).toBe(409);
    } finally {
      clock = saved;
    }
  });
  it('turn into the appointment in the chair the booking asks for, if that chair is free', async () => {
    const [patient, other, third] = await Promise.all([
      createTestPatient(ctx),
      createTestPatient(ctx),
      createTestPatient(ctx),
    ]);
    const [heldChair, takenChair, freeChair] = await Promise.all([
      createTestOperatory(ctx),
      createTestOperatory(ctx),
      createTestOperatory(ctx),
    ]);
    const slot = {
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-24T16:00:00-04:00',
    };
    const inTakenChair = await book({
      patientId: other.id,
      providerId: otherProvider.id,
      appointmentTypeId: cleaning.id,
      start: slot.start,
      operatoryId: takenChair.id,
    });
    expect(inTakenChair.statusCode).toBe(201);
    const hold = await app.inject({
      method: 'POST',
      url: '/api/v1/holds',
      headers: staff,
      payload: { ...slot, patientId: patient.id, operatoryId: heldChair.id },
    });
    expect(hold.statusCode).toBe(201);

    const refused = await book({
      ...slot,
      patientId: patient.id,
      operatoryId: takenChair.id,
      holdId: hold.json().id,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'slot_unavailable',
      blockers: [{ resource: 'operatory', appointmentId: inTakenChair.json().id }],
    });

    const booked = await book({
      ...slot,
      patientId: patient.id,
      operatoryId: freeChair.id,
      holdId: hold.json().id,
    });
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({
      id: hold.json().id,
      operatoryId: freeChair.id,
      status: 'scheduled',
    });
    // The chair the hold had is free again.
    const thirdProvider = await workingProvider();
    const inHeldChair = await book({
      patientId: third.id,
      providerId: thirdProvider.id,
      appointmentTypeId: cleaning.id,
      start: slot.start,
      operatoryId: heldChair.id,
    });
    expect(inHeldChair.statusCode).toBe(201);
  });

  it('keep the held chair when the booking does not name one', async () => {
    const patient = await createTestPatient(ctx);
    const chair = await createTestOperatory(ctx);
    const slot = {
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-24T10:00:00-04:00',
    };
    const hold = await app.inject({
      method: 'POST',
      url: '/api/v1/holds',
      headers: staff,
      payload: { ...slot, patientId: patient.id, operatoryId: chair.id },
    });
    expect(hold.statusCode).toBe(201);
    const booked = await book({ ...slot, patientId: patient.id, holdId: hold.json().id });
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ id: hold.json().id, operatoryId: chair.id });
  });
});

/**
 * Holds the next transaction the app opens until `release`, as a request that is slow to get
 * its turn would: whatever it read before asking for the transaction is then older than what
 * the requests in between committed.
 */
function holdNextTransaction() {
  const db = ctx.db;
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reached = () => {};
  const waiting = new Promise<void>((resolve) => {
    reached = resolve;
  });
  ctx.db = new Proxy(db, {
    get(target, key, receiver) {
      if (key !== 'transaction') return Reflect.get(target, key, receiver);
      return async (...args: Parameters<typeof db.transaction>) => {
        ctx.db = db;
        reached();
        await released;
        return db.transaction(...args);
      };
    },
  });
  return { waiting, release };
}

describe('a change to a visit made while another one commits', () => {
  async function visitOn(start: string) {
    const patient = await createTestPatient(ctx);
    const response = await book({
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start,
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }
  const patch = (id: string, payload: object) =>
    app.inject({ method: 'PATCH', url: `/api/v1/appointments/${id}`, headers: staff, payload });

  it('plans from the other’s result: a resize and a change of provider both land', async () => {
    const visit = await visitOn('2026-03-25T10:00:00-04:00');
    const held = holdNextTransaction();
    const moving = patch(visit.id, { providerId: otherProvider.id });
    await held.waiting;
    const resized = await patch(visit.id, { end: '2026-03-25T10:45:00-04:00' });
    expect(resized.statusCode).toBe(200);
    held.release();
    const moved = await moving;
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      providerId: otherProvider.id,
      start: '2026-03-25T14:00:00.000Z',
      end: '2026-03-25T14:45:00.000Z',
      version: visit.version + 2,
    });
  });

  it('sees a cancellation that came first, and does not move the cancelled visit', async () => {
    const visit = await visitOn('2026-03-25T13:00:00-04:00');
    const held = holdNextTransaction();
    const moving = patch(visit.id, { start: '2026-03-25T15:00:00-04:00' });
    await held.waiting;
    const cancelled = await app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${visit.id}/cancel`,
      headers: staff,
      payload: {},
    });
    expect(cancelled.statusCode).toBe(200);
    held.release();
    const moved = await moving;
    expect(moved.json()).toMatchObject({ status: 409, code: 'invalid_transition' });
    const read = await app.inject({ method: 'GET', url: `/api/v1/appointments/${visit.id}`, headers: staff });
    expect(read.json()).toMatchObject({ status: 'cancelled', start: '2026-03-25T17:00:00.000Z' });
  });
});

describe('Idempotency-Key', () => {
  it('answers a repeat with the first response and creates nothing new; another body is refused', async () => {
    const patient = await createTestPatient(ctx);
    const payload = {
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-17T09:00:00-04:00',
    };
    const headers = { ...staff, 'idempotency-key': 'desk-1-booking-42' };
    const first = await book(payload, headers);
    expect(first.statusCode).toBe(201);
    const again = await book(payload, headers);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const different = await book({ ...payload, start: '2026-03-17T10:00:00-04:00' }, headers);
    expect(different.statusCode).toBe(422);
    expect(different.json().code).toBe('idempotency_key_reused');
  });

  it('lets a retry after a crash run the request, not stay locked as in progress', async () => {
    const desk = await createTestUser(ctx, { role: 'staff' });
    const session = await logInUser(app, desk);
    const patient = await createTestPatient(ctx);
    const payload = {
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-18T09:00:00-04:00',
    };
    const actorKey = `user:${desk.id}:appointments`;
    const reserve = (key: string, reservedAt: Date, body: unknown) =>
      ctx.db.insert(idempotencyKeys).values({
        actorKey,
        key,
        requestHash: idempotencyRequestHash(body),
        statusCode: 0,
        response: null,
        createdAt: reservedAt,
        reservedAt,
      });
    // The process died while booking: the reservation was written, the answer never was.
    await reserve('crashed-1', new Date(clock.getTime() - 10 * 60_000), payload);
    const retry = await book(payload, { ...session.headers, 'idempotency-key': 'crashed-1' });
    expect(retry.statusCode).toBe(201);
    const again = await book(payload, { ...session.headers, 'idempotency-key': 'crashed-1' });
    expect(again.json().id).toBe(retry.json().id);
    expect(again.headers['idempotent-replayed']).toBe('true');

    // A reservation within its lease is a request still running.
    await reserve('running-1', clock, { ...payload, start: '2026-03-18T10:00:00-04:00' });
    const early = await book(
      { ...payload, start: '2026-03-18T10:00:00-04:00' },
      { ...session.headers, 'idempotency-key': 'running-1' },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('idempotency_in_progress');
    expect(Number(early.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('availability', () => {
  it('lists open slots in the clinic zone without taken times, online types only for the public', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/availability?appointmentTypeId=${cleaning.id}&from=2026-03-04&to=2026-03-04&providerId=${provider.id}`,
    });
    expect(response.statusCode).toBe(200);
    const starts = response.json().slots.map((slot: { start: string }) => slot.start);
    expect(response.json().timeZone).toBe('America/New_York');
    expect(starts[0]).toBe('2026-03-04T09:00:00-05:00');
    expect(starts).not.toContain('2026-03-04T11:00:00-05:00');
    expect(starts).not.toContain('2026-03-04T10:45:00-05:00');
    const hidden = await app.inject({
      method: 'GET',
      url: `/api/v1/availability?appointmentTypeId=${surgery.id}&from=2026-03-04&to=2026-03-04`,
    });
    expect(hidden.statusCode).toBe(404);
    const tooLong = await app.inject({
      method: 'GET',
      url: `/api/v1/availability?appointmentTypeId=${cleaning.id}&from=2026-03-04&to=2026-06-04`,
    });
    expect(tooLong.statusCode).toBe(422);
  });
});

describe('racing for one slot', () => {
  it('200 simultaneous requests: exactly one 201, the rest 409, no 5xx, one row', async () => {
    const racer = await workingProvider();
    const patients = await Promise.all(Array.from({ length: 20 }, () => createTestPatient(ctx)));
    const start = '2026-03-18T09:00:00-04:00';
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        book({
          patientId: patients[index % patients.length]?.id,
          providerId: racer.id,
          appointmentTypeId: cleaning.id,
          start,
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(199);
    const [rows] = await ctx.db
      .select({ n: count() })
      .from(appointments)
      .where(eq(appointments.providerId, racer.id));
    expect(rows?.n).toBe(1);
  }, 120_000);
});
