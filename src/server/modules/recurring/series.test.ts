import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInUser } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestAppointmentType } from '../../../../test/factories/scheduling.ts';
import { createWeekdayProvider, setUpNewYorkClinic } from '../../../../test/factories/scheduling-clinic.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { appointments, liveEvents } from '../../db/schema.ts';
import { appointmentSeries } from './series-tables.ts';

// Monday 2 March 2026, 07:00 in New York; clocks spring forward on Sunday 8 March.
const clock = new Date('2026-03-02T12:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
const staff = await authHeader(app, 'staff');
// Series reach further ahead than the default 60 days of advance booking.
await setUpNewYorkClinic(app, { maxAdvanceDays: 120 });

const workingProvider = () => createWeekdayProvider(ctx);

const cleaning = await createTestAppointmentType(ctx, {
  durationMinutes: 30,
  bufferMinutes: 10,
  bookableOnline: true,
});
const surgery = await createTestAppointmentType(ctx, { durationMinutes: 60, bookableOnline: false });

const bookSeries = (payload: Record<string, unknown>, headers: Record<string, string> = staff) =>
  app.inject({ method: 'POST', url: '/api/v1/appointment-series', headers, payload });
const bookOne = (payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/v1/appointments', headers: staff, payload });

async function appointmentCount(patientId: string) {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(appointments)
    .where(eq(appointments.patientId, patientId));
  return row?.n;
}

describe('booking a recurring series', () => {
  it('books every 2 weeks × 6 at 09:00 local on both sides of the March change', async () => {
    const provider = await workingProvider();
    const patient = await createTestPatient(ctx);
    const [eventsBefore] = await ctx.db.select({ n: count() }).from(liveEvents);
    const response = await bookSeries({
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-03T09:00:00-05:00',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=6',
      notes: 'Periodontal maintenance',
    });
    expect(response.statusCode, response.body).toBe(201);
    const series = response.json();
    expect(series.appointments.map((a: { start: string }) => a.start)).toEqual([
      '2026-03-03T14:00:00.000Z', // 09:00 EST
      '2026-03-17T13:00:00.000Z', // 09:00 EDT
      '2026-03-31T13:00:00.000Z',
      '2026-04-14T13:00:00.000Z',
      '2026-04-28T13:00:00.000Z',
      '2026-05-12T13:00:00.000Z',
    ]);
    for (const appointment of series.appointments) {
      expect(appointment).toMatchObject({
        seriesId: series.seriesId,
        status: 'scheduled',
        patientId: patient.id,
        notes: 'Periodontal maintenance',
      });
    }
    expect(series).toMatchObject({ timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=6' });
    const [eventsAfter] = await ctx.db.select({ n: count() }).from(liveEvents);
    expect((eventsAfter?.n ?? 0) - (eventsBefore?.n ?? 0)).toBe(6);

    const read = await app.inject({
      method: 'GET',
      url: `/api/v1/appointment-series/${series.seriesId}`,
      headers: staff,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().appointments).toHaveLength(6);
  });

  it('books nothing when visits clash, and lists every clashing visit with its blockers', async () => {
    const provider = await workingProvider();
    const patient = await createTestPatient(ctx);
    const other = await createTestPatient(ctx);
    const firstClash = await bookOne({
      patientId: other.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-18T09:15:00-04:00',
    });
    const secondClash = await bookOne({
      patientId: other.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-04-01T09:00:00-04:00',
    });
    expect([firstClash.statusCode, secondClash.statusCode]).toEqual([201, 201]);
    const response = await bookSeries({
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-04T09:00:00-05:00',
      rrule: 'FREQ=WEEKLY;COUNT=6',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'series_conflict',
      conflicts: [
        {
          start: '2026-03-18T13:00:00.000Z',
          end: '2026-03-18T13:30:00.000Z',
          reason: 'slot_unavailable',
          blockers: [{ resource: 'provider', appointmentId: firstClash.json().id }],
        },
        {
          start: '2026-04-01T13:00:00.000Z',
          reason: 'slot_unavailable',
          blockers: [{ resource: 'provider', appointmentId: secondClash.json().id }],
        },
      ],
    });
    expect(response.json().conflicts).toHaveLength(2);
    expect(await appointmentCount(patient.id)).toBe(0);
    const [series] = await ctx.db
      .select({ n: count() })
      .from(appointmentSeries)
      .where(eq(appointmentSeries.patientId, patient.id));
    expect(series?.n).toBe(0);
  });

  it('lists visits outside working hours alongside taken ones', async () => {
    const provider = await workingProvider();
    const patient = await createTestPatient(ctx);
    // Thursday to Wednesday: the weekend is outside the provider's hours.
    const response = await bookSeries({
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-05T10:00:00-05:00',
      rrule: 'FREQ=DAILY;COUNT=7',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().conflicts).toEqual([
      { start: '2026-03-07T15:00:00.000Z', end: '2026-03-07T15:30:00.000Z', reason: 'outside_working_hours' },
      { start: '2026-03-08T14:00:00.000Z', end: '2026-03-08T14:30:00.000Z', reason: 'outside_working_hours' },
    ]);
    expect(await appointmentCount(patient.id)).toBe(0);
  });

  it('refuses unbounded and over-long rules with 422 on rrule', async () => {
    const provider = await workingProvider();
    const patient = await createTestPatient(ctx);
    const base = {
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-03T09:00:00-05:00',
    };
    for (const rrule of [
      'FREQ=WEEKLY',
      'FREQ=WEEKLY;COUNT=53',
      'FREQ=DAILY;UNTIL=20290101T000000Z',
      'FREQ=HOURLY;COUNT=3',
    ]) {
      const response = await bookSeries({ ...base, rrule });
      expect(response.statusCode, rrule).toBe(422);
      expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(['rrule']);
    }
    const offRule = await bookSeries({ ...base, rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=3' });
    expect(offRule.json().errors[0].path).toBe('start');
    expect(await appointmentCount(patient.id)).toBe(0);
  });

  it('validates the body with field paths', async () => {
    const response = await bookSeries({
      patientId: 'nobody',
      providerId: '00000000-0000-4000-8000-000000000000',
      appointmentTypeId: cleaning.id,
      start: 'next tuesday',
      rrule: 'FREQ=WEEKLY;COUNT=3\nDTSTART:20200101T000000Z',
      override: true,
    });
    expect([400, 422]).toContain(response.statusCode);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['patientId', 'start', 'rrule', 'override']),
    );
  });
});

describe('cancelling a series', () => {
  it('cancels one visit and every later one, then the rest, and frees the time', async () => {
    const provider = await workingProvider();
    const patient = await createTestPatient(ctx);
    const booked = await bookSeries({
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-05T11:00:00-05:00',
      rrule: 'FREQ=WEEKLY;COUNT=4',
    });
    expect(booked.statusCode).toBe(201);
    const { seriesId, appointments: visits } = booked.json();
    const cancel = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/appointment-series/${seriesId}/cancel`,
        headers: staff,
        payload,
      });

    const notOurs = await cancel({ fromAppointmentId: '00000000-0000-4000-8000-000000000000' });
    expect(notOurs.statusCode).toBe(422);
    expect(notOurs.json().errors[0].path).toBe('fromAppointmentId');

    const fromThird = await cancel({ fromAppointmentId: visits[2].id, reason: 'Moving away' });
    expect(fromThird.statusCode).toBe(200);
    expect(fromThird.json().appointments.map((a: { status: string }) => a.status)).toEqual([
      'scheduled',
      'scheduled',
      'cancelled',
      'cancelled',
    ]);
    expect(fromThird.json().appointments[3].cancelReason).toBe('Moving away');
    const other = await createTestPatient(ctx);
    const rebooked = await bookOne({
      patientId: other.id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: visits[2].start,
    });
    expect(rebooked.statusCode).toBe(201);

    const rest = await cancel({});
    expect(rest.json().appointments.map((a: { status: string }) => a.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });
});

describe('patients and series', () => {
  it('book for themselves only what is online, and see only their own series', async () => {
    const provider = await workingProvider();
    const user = await createTestUser(ctx, { role: 'patient' });
    const session = await logInUser(app, user);
    const base = {
      patientId: user.patientId,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-09T14:00:00-04:00',
      rrule: 'FREQ=WEEKLY;INTERVAL=4;COUNT=3',
    };
    const own = await bookSeries(base, session.headers);
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().appointments).toHaveLength(3);
    const offline = await bookSeries({ ...base, appointmentTypeId: surgery.id }, session.headers);
    expect(offline.json().code).toBe('not_bookable_online');
    const someoneElse = await createTestPatient(ctx);
    expect((await bookSeries({ ...base, patientId: someoneElse.id }, session.headers)).statusCode).toBe(404);

    const staffSeries = await bookSeries({
      ...base,
      patientId: someoneElse.id,
      start: '2026-03-10T10:00:00-04:00',
    });
    expect(staffSeries.statusCode).toBe(201);
    const peek = await app.inject({
      method: 'GET',
      url: `/api/v1/appointment-series/${staffSeries.json().seriesId}`,
      headers: session.headers,
    });
    expect(peek.statusCode).toBe(404);
    const cancelOther = await app.inject({
      method: 'POST',
      url: `/api/v1/appointment-series/${staffSeries.json().seriesId}/cancel`,
      headers: session.headers,
      payload: {},
    });
    expect(cancelOther.statusCode).toBe(404);
  });

  it('cancel their series online only outside the notice period', async () => {
    const provider = await workingProvider();
    const user = await createTestUser(ctx, { role: 'patient' });
    const session = await logInUser(app, user);
    // Today at 14:00, seven hours ahead: bookable (2 h notice) but too close to cancel online (24 h).
    const booked = await bookSeries(
      {
        patientId: user.patientId,
        providerId: provider.id,
        appointmentTypeId: cleaning.id,
        start: '2026-03-02T14:00:00-05:00',
        rrule: 'FREQ=WEEKLY;COUNT=3',
      },
      session.headers,
    );
    expect(booked.statusCode, booked.body).toBe(201);
    const { seriesId, appointments: visits } = booked.json();
    const cancel = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/appointment-series/${seriesId}/cancel`,
        headers: session.headers,
        payload,
      });
    const all = await cancel({});
    expect(all.statusCode).toBe(422);
    expect(all.json().code).toBe('cancellation_window_passed');
    const later = await cancel({ fromAppointmentId: visits[1].id });
    expect(later.statusCode).toBe(200);
    expect(later.json().appointments.map((a: { status: string }) => a.status)).toEqual([
      'scheduled',
      'cancelled',
      'cancelled',
    ]);
  });
});
