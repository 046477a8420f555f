import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInUser } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestAppointmentType } from '../../../../test/factories/scheduling.ts';
import { createWeekdayProvider, setUpNewYorkClinic } from '../../../../test/factories/scheduling-clinic.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { waitlistOffers } from './waitlist-tables.ts';

// Monday 2 March 2026, 07:00 in New York.
let clock = new Date('2026-03-02T12:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
const staff = await authHeader(app, 'staff');
await setUpNewYorkClinic(app);

const workingProvider = () => createWeekdayProvider(ctx);

// Each test waits for a type of its own: entries left waiting by one test would otherwise be
// first in line (FIFO) for the time another test frees.
const freshType = () =>
  createTestAppointmentType(ctx, { durationMinutes: 30, bufferMinutes: 10, bookableOnline: true });
let cleaning = await freshType();
beforeEach(async () => {
  cleaning = await freshType();
});
const surgery = await createTestAppointmentType(ctx, { durationMinutes: 60, bookableOnline: false });

type Headers = Record<string, string>;
const post = (url: string, payload: object, headers: Headers = staff) =>
  app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload });
const get = (url: string, headers: Headers = staff) =>
  app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

async function join(payload: Record<string, unknown>, headers: Headers = staff) {
  const response = await post(
    '/waitlist',
    { appointmentTypeId: cleaning.id, from: '2026-03-02', to: '2026-03-31', ...payload },
    headers,
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function book(patientId: string, providerId: string, start: string) {
  const response = await post('/appointments', {
    patientId,
    providerId,
    appointmentTypeId: cleaning.id,
    start,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const cancel = (id: string) => post(`/appointments/${id}/cancel`, { reason: 'Patient called' });
const offersOf = async (entryId: string, headers: Headers = staff) =>
  (await get(`/waitlist/${entryId}/offers`, headers)).json().items;

describe('a cancellation offered to the waitlist', () => {
  it('offers the freed time to the first three matching entries; accepting books it and supersedes the rest', async () => {
    const provider = await workingProvider();
    const otherProvider = await workingProvider();
    const waiting = await Promise.all([1, 2, 3, 4].map(() => createTestPatient(ctx)));
    const entries = [];
    for (const patient of waiting) entries.push(await join({ patientId: patient.id }));
    const [first, second, third, fourth] = entries;
    const elsewhere = await join({
      patientId: (await createTestPatient(ctx)).id,
      providerId: otherProvider.id,
    });
    const otherType = await join({
      patientId: (await createTestPatient(ctx)).id,
      appointmentTypeId: surgery.id,
    });
    const later = await join({
      patientId: (await createTestPatient(ctx)).id,
      from: '2026-03-11',
      to: '2026-03-20',
    });

    const leaving = await createTestPatient(ctx);
    const appointment = await book(leaving.id, provider.id, '2026-03-10T10:00:00-04:00');
    expect((await cancel(appointment.id)).statusCode).toBe(200);

    const offers = await offersOf(first.id);
    expect(offers).toEqual([
      expect.objectContaining({
        entryId: first.id,
        providerId: provider.id,
        start: '2026-03-10T14:00:00.000Z',
        end: '2026-03-10T14:30:00.000Z',
        expiresAt: '2026-03-02T14:00:00.000Z',
        status: 'open',
        appointmentId: null,
      }),
    ]);
    expect(await offersOf(second.id)).toHaveLength(1);
    expect(await offersOf(third.id)).toHaveLength(1);
    for (const entry of [fourth, elsewhere, otherType, later]) expect(await offersOf(entry.id)).toEqual([]);

    const accepted = await post(`/waitlist/offers/${offers[0].id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({
      offer: { id: offers[0].id, status: 'accepted' },
      appointment: {
        patientId: waiting[0]?.id,
        providerId: provider.id,
        start: '2026-03-10T14:00:00.000Z',
        status: 'scheduled',
      },
    });
    expect(accepted.json().offer.appointmentId).toBe(accepted.json().appointment.id);
    const entry = (await get(`/waitlist?patientId=${waiting[0]?.id}`)).json().items[0];
    expect(entry).toMatchObject({ status: 'fulfilled', appointmentId: accepted.json().appointment.id });
    expect((await offersOf(second.id))[0].status).toBe('superseded');
    expect((await offersOf(third.id))[0].status).toBe('superseded');

    const again = await post(`/waitlist/offers/${(await offersOf(second.id))[0].id}/accept`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'offer_not_open', offerStatus: 'superseded' });
  });

  it('answers 409 slot_unavailable when the time was taken before the offer was accepted', async () => {
    const provider = await workingProvider();
    const patient = await createTestPatient(ctx);
    const entry = await join({ patientId: patient.id, providerId: provider.id });
    const appointment = await book(
      (await createTestPatient(ctx)).id,
      provider.id,
      '2026-03-11T11:00:00-04:00',
    );
    await cancel(appointment.id);
    const [offer] = await offersOf(entry.id);
    expect(offer.status).toBe('open');
    const quicker = await book((await createTestPatient(ctx)).id, provider.id, '2026-03-11T11:00:00-04:00');
    const late = await post(`/waitlist/offers/${offer.id}/accept`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: 'slot_unavailable',
      blockers: [{ resource: 'provider', appointmentId: quicker.id }],
    });
    expect((await get(`/waitlist?patientId=${patient.id}`)).json().items[0].status).toBe('waiting');
  });

  it('offers time a reschedule moves away from, but not time the visit still covers', async () => {
    const provider = await workingProvider();
    const entry = await join({ patientId: (await createTestPatient(ctx)).id, providerId: provider.id });
    const moving = await book((await createTestPatient(ctx)).id, provider.id, '2026-03-12T09:00:00-04:00');
    const nudge = await app.inject({
      method: 'PATCH',
      url: `/api/v1/appointments/${moving.id}`,
      headers: staff,
      payload: { start: '2026-03-12T09:15:00-04:00' },
    });
    expect(nudge.statusCode).toBe(200);
    expect(await offersOf(entry.id)).toEqual([]);
    const away = await app.inject({
      method: 'PATCH',
      url: `/api/v1/appointments/${moving.id}`,
      headers: staff,
      payload: { start: '2026-03-12T14:00:00-04:00' },
    });
    expect(away.statusCode).toBe(200);
    expect(await offersOf(entry.id)).toEqual([
      expect.objectContaining({ start: '2026-03-12T13:15:00.000Z', status: 'open' }),
    ]);
  });

  it('lets an offer expire, and withdrawing an entry withdraws its open offers', async () => {
    const provider = await workingProvider();
    const expiring = await join({ patientId: (await createTestPatient(ctx)).id, providerId: provider.id });
    const withdrawing = await join({ patientId: (await createTestPatient(ctx)).id, providerId: provider.id });
    const appointment = await book(
      (await createTestPatient(ctx)).id,
      provider.id,
      '2026-03-13T10:00:00-04:00',
    );
    await cancel(appointment.id);
    const withdrawn = await app.inject({
      method: 'DELETE',
      url: `/api/v1/waitlist/${withdrawing.id}`,
      headers: staff,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect((await offersOf(withdrawing.id))[0].status).toBe('withdrawn');
    const saved = clock;
    clock = new Date(clock.getTime() + 3 * 3_600_000);
    try {
      // Access tokens are short-lived: log in again at the later time.
      const desk = await authHeader(app, 'staff');
      const [offer] = await offersOf(expiring.id, desk);
      expect(offer.status).toBe('expired');
      const late = await post(`/waitlist/offers/${offer.id}/accept`, {}, desk);
      expect(late.json()).toMatchObject({ code: 'offer_not_open', offerStatus: 'expired' });
    } finally {
      clock = saved;
    }
  });

  it('offers the visits a series cancellation frees', async () => {
    const provider = await workingProvider();
    const entry = await join({ patientId: (await createTestPatient(ctx)).id, providerId: provider.id });
    const series = await post('/appointment-series', {
      patientId: (await createTestPatient(ctx)).id,
      providerId: provider.id,
      appointmentTypeId: cleaning.id,
      start: '2026-03-16T15:00:00-04:00',
      rrule: 'FREQ=WEEKLY;COUNT=3',
    });
    expect(series.statusCode).toBe(201);
    await post(`/appointment-series/${series.json().seriesId}/cancel`, {});
    // The entry waits until 31 March: the 30 March visit is the last date it covers.
    const offered = (await offersOf(entry.id)).map((offer: { start: string }) => offer.start);
    expect(offered).toEqual([
      '2026-03-16T19:00:00.000Z',
      '2026-03-23T19:00:00.000Z',
      '2026-03-30T19:00:00.000Z',
    ]);
    const rows = await ctx.db.select().from(waitlistOffers).where(eq(waitlistOffers.entryId, entry.id));
    expect(new Set(rows.map((row) => row.freedAppointmentId)).size).toBe(3);
  });
});

describe('patients on the waitlist', () => {
  it('join for themselves, see and withdraw only their own entries, and accept their own offers', async () => {
    const provider = await workingProvider();
    const user = await createTestUser(ctx, { role: 'patient' });
    const session = await logInUser(app, user);
    const own = await join({ patientId: user.patientId, providerId: provider.id }, session.headers);
    const stranger = await createTestPatient(ctx);
    const forOther = await post(
      '/waitlist',
      { patientId: stranger.id, appointmentTypeId: cleaning.id, from: '2026-03-02', to: '2026-03-31' },
      session.headers,
    );
    expect(forOther.statusCode).toBe(404);
    const offline = await post(
      '/waitlist',
      { patientId: user.patientId, appointmentTypeId: surgery.id, from: '2026-03-02', to: '2026-03-31' },
      session.headers,
    );
    expect(offline.json().code).toBe('not_bookable_online');
    const strangers = await join({ patientId: stranger.id });

    const mine = await get('/waitlist', session.headers);
    expect(mine.json().items.map((item: { id: string }) => item.id)).toEqual([own.id]);
    const everyone = (await get('/waitlist?status=waiting'))
      .json()
      .items.map((item: { id: string }) => item.id);
    expect(everyone).toEqual(expect.arrayContaining([own.id, strangers.id]));
    expect((await get(`/waitlist/${strangers.id}/offers`, session.headers)).statusCode).toBe(404);
    const deleteOther = await app.inject({
      method: 'DELETE',
      url: `/api/v1/waitlist/${strangers.id}`,
      headers: session.headers,
    });
    expect(deleteOther.statusCode).toBe(404);

    const appointment = await book(
      (await createTestPatient(ctx)).id,
      provider.id,
      '2026-03-17T13:00:00-04:00',
    );
    await cancel(appointment.id);
    const offers = await offersOf(own.id, session.headers);
    expect(offers).toHaveLength(1);
    const strangerOffer = (await offersOf(strangers.id))[0];
    const notMine = await post(`/waitlist/offers/${strangerOffer.id}/accept`, {}, session.headers);
    expect(notMine.statusCode).toBe(404);
    const accepted = await post(`/waitlist/offers/${offers[0].id}/accept`, {}, session.headers);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().appointment.patientId).toBe(user.patientId);
    const withdrawFulfilled = await app.inject({
      method: 'DELETE',
      url: `/api/v1/waitlist/${own.id}`,
      headers: session.headers,
    });
    expect(withdrawFulfilled.json().code).toBe('waitlist_entry_fulfilled');
  });

  it('validates entries with field paths', async () => {
    const patient = await createTestPatient(ctx);
    const reversed = await post('/waitlist', {
      patientId: patient.id,
      appointmentTypeId: cleaning.id,
      from: '2026-03-20',
      to: '2026-03-10',
    });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().errors.map((error: { path: string }) => error.path)).toEqual(['to']);
    const past = await post('/waitlist', {
      patientId: patient.id,
      appointmentTypeId: cleaning.id,
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors[0].path).toBe('to');
    const malformed = await post('/waitlist', {
      patientId: 'me',
      appointmentTypeId: cleaning.id,
      from: 'soon',
      to: '2026-03-10',
      colour: 'red',
    });
    expect([400, 422]).toContain(malformed.statusCode);
    expect(malformed.json().errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['patientId', 'from', 'colour']),
    );
    const badStatus = await get('/waitlist?status=sleeping');
    expect(badStatus.json().errors[0].path).toBe('query.status');
  });
});
