import { and, eq, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authHeader, logInAs } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestAppointmentType } from '../../../../test/factories/scheduling.ts';
import { createWeekdayProvider, setUpNewYorkClinic } from '../../../../test/factories/scheduling-clinic.ts';
import { createStripeTestApp } from '../../../../test/fake-stripe/stripe-test-app.ts';
import { appointments, ledgerEntries, payments, refunds } from '../../db/schema.ts';
import { slotGoneReason } from './deposit-booking.ts';

// Monday 2 March 2026, 07:00 in New York.
let clock = new Date('2026-03-02T12:00:00Z');
// pg warns (once a process) when a query is sent on a connection still busy with another, which
// pg@9 will refuse: the deposit books its visit inside the webhook's transaction, one connection.
const warnings: string[] = [];
process.on('warning', (warning) => warnings.push(warning.message));
const { app, ctx, fake } = await createStripeTestApp({ now: () => clock });
await setUpNewYorkClinic(app);
const provider = await createWeekdayProvider(ctx);
const withDeposit = await createTestAppointmentType(ctx, {
  durationMinutes: 30,
  bookableOnline: true,
  priceCents: 10_000,
  depositCents: 3_000,
});

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

async function patientSession() {
  const { user, headers } = await logInAs(app, ctx, 'patient');
  if (!user.patientId) throw new Error('patient user without a patient');
  return { patientId: user.patientId, headers };
}

function visit(patientId: string, start: string) {
  return { patientId, providerId: provider.id, appointmentTypeId: withDeposit.id, start };
}

async function hold(headers: Record<string, string>, patientId: string, start: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/holds',
    headers,
    payload: visit(patientId, start),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; expiresAt: string };
}

async function depositCheckout(headers: Record<string, string>, holdId: string) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/holds/${holdId}/deposit-checkout`,
    headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  const started = response.json() as { paymentId: string; checkoutUrl: string };
  const session = fake.sessionByPaymentId(started.paymentId);
  if (!session) throw new Error('no session');
  return { ...started, session };
}

const livePatientVisits = (patientId: string) =>
  ctx.db
    .select()
    .from(appointments)
    .where(and(eq(appointments.patientId, patientId), ne(appointments.status, 'expired')));

const paymentRow = async (id: string) => (await ctx.db.select().from(payments).where(eq(payments.id, id)))[0];

describe('appointment types with a deposit', () => {
  it('carry depositCents in the catalog, never more than the price', async () => {
    const listed = await app.inject({ method: 'GET', url: '/api/v1/appointment-types' });
    expect(listed.json().items.find((type: { id: string }) => type.id === withDeposit.id)).toMatchObject({
      depositCents: 3_000,
    });
    const manager = await authHeader(app, 'manager');
    const tooBig = await app.inject({
      method: 'PATCH',
      url: `/api/v1/appointment-types/${withDeposit.id}`,
      headers: manager,
      payload: { depositCents: 20_000 },
    });
    expect(tooBig.statusCode).toBe(422);
    expect(tooBig.json().errors).toEqual([
      { path: 'depositCents', message: 'Must not be more than the price' },
    ]);
  });

  it('cannot be booked by a patient until the deposit is paid; staff book them directly', async () => {
    const { patientId, headers } = await patientSession();
    const start = '2026-03-03T10:00:00-05:00';
    const direct = await app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers,
      payload: visit(patientId, start),
    });
    expect(direct.statusCode).toBe(422);
    expect(direct.json()).toMatchObject({ code: 'deposit_required', depositCents: 3_000 });
    const held = await hold(headers, patientId, start);
    const fromHold = await app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers,
      payload: { ...visit(patientId, start), holdId: held.id },
    });
    expect(fromHold.statusCode).toBe(422);
    expect(fromHold.json().code).toBe('deposit_required');
    const other = await createTestPatient(ctx);
    const byStaff = await app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: await authHeader(app, 'staff'),
      payload: visit(other.id, '2026-03-03T14:00:00-05:00'),
    });
    expect(byStaff.statusCode).toBe(201);
  });

  it('are booked once when the deposit is confirmed, however often the event comes', async () => {
    const { patientId, headers } = await patientSession();
    const held = await hold(headers, patientId, '2026-03-04T10:00:00-05:00');
    const started = await depositCheckout(headers, held.id);
    expect(started.session.amount_total).toBe(3_000);
    expect(started.session.success_url).toContain(`hold=${held.id}`);
    // Asking again while it is open gives the same checkout.
    expect((await depositCheckout(headers, held.id)).paymentId).toBe(started.paymentId);
    // Someone else's hold reads as unknown.
    const stranger = await patientSession();
    const foreign = await app.inject({
      method: 'POST',
      url: `/api/v1/holds/${held.id}/deposit-checkout`,
      headers: stranger.headers,
    });
    expect(foreign.statusCode).toBe(404);

    const event = await fake.pay(started.session.id, false);
    const body = JSON.stringify(event);
    const statuses = await Promise.all(
      [1, 2, 3].map(() =>
        app.inject({
          method: 'POST',
          url: '/api/v1/webhooks/stripe',
          headers: { 'content-type': 'application/json', 'stripe-signature': fake.sign(body) },
          payload: body,
        }),
      ),
    );
    expect(statuses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    const visits = await livePatientVisits(patientId);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ id: held.id, status: 'scheduled', holdExpiresAt: null });
    expect(await paymentRow(started.paymentId)).toMatchObject({
      status: 'succeeded',
      appointmentId: held.id,
    });
    const seen = await app.inject({ method: 'GET', url: `/api/v1/appointments/${held.id}`, headers });
    expect(seen.json().status).toBe('scheduled');
    const deposits = await ctx.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.paymentId, started.paymentId));
    expect(deposits.map((entry) => [entry.kind, entry.amountCents])).toEqual([['payment', 3_000]]);
  });

  it('confirmed after the hold lapsed, book the time if it is still free', async () => {
    const { patientId, headers } = await patientSession();
    const held = await hold(headers, patientId, '2026-03-05T10:00:00-05:00');
    const started = await depositCheckout(headers, held.id);
    later(11);
    await fake.pay(started.session.id);
    const visits = await livePatientVisits(patientId);
    expect(visits).toHaveLength(1);
    expect(visits[0]?.id).not.toBe(held.id);
    const booked = await app.inject({ method: 'GET', url: `/api/v1/appointments/${visits[0]?.id}`, headers });
    expect(booked.json()).toMatchObject({ status: 'scheduled', start: '2026-03-05T15:00:00.000Z' });
    expect(await paymentRow(started.paymentId)).toMatchObject({
      status: 'succeeded',
      appointmentId: visits[0]?.id,
    });
  });

  it('confirmed after the hold lapsed and the time was taken, refund themselves and say why', async () => {
    const { patientId, headers } = await patientSession();
    const start = '2026-03-06T10:00:00-05:00';
    const held = await hold(headers, patientId, start);
    const started = await depositCheckout(headers, held.id);
    later(11);
    const other = await createTestPatient(ctx);
    const taken = await app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: await authHeader(app, 'staff'),
      payload: visit(other.id, start),
    });
    expect(taken.statusCode).toBe(201);
    await fake.pay(started.session.id);

    expect(await livePatientVisits(patientId)).toHaveLength(0);
    expect(await paymentRow(started.paymentId)).toMatchObject({
      status: 'succeeded',
      appointmentId: held.id,
    });
    const [refund] = await ctx.db.select().from(refunds).where(eq(refunds.paymentId, started.paymentId));
    expect(refund).toMatchObject({ amountCents: 3_000, reason: slotGoneReason, status: 'pending' });
    const sent = fake.requests.find((request) => request.idempotencyKey === `refund:${refund?.id}`);
    expect(sent?.body).toMatchObject({ amount: '3000' });
    expect(refund?.stripeRefundId).toBeTruthy();

    await fake.settleRefunds();
    const [settled] = await ctx.db.select().from(refunds).where(eq(refunds.paymentId, started.paymentId));
    expect(settled?.status).toBe('succeeded');
    const entries = await ctx.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.paymentId, started.paymentId));
    expect(entries.map((entry) => [entry.kind, entry.amountCents]).sort()).toEqual([
      ['payment', 3_000],
      ['refund', 3_000],
    ]);
  });

  it('never sends overlapping queries on the connection of the transaction that books it', () => {
    expect(warnings.filter((message) => message.includes('already executing'))).toEqual([]);
  });
});
