import { count, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { authHeader, logInAs } from '../../../../test/auth.ts';
import { postTestCharge } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createStripeTestApp, postWebhook } from '../../../../test/fake-stripe/stripe-test-app.ts';
import { ledgerEntries, payments, stripeEvents } from '../../db/schema.ts';
import { owedBalanceCents } from './owed-balance.ts';
import { stripeApiVersion } from './stripe-client.ts';

const clock = new Date('2026-03-02T15:00:00Z');
const stripeApp = await createStripeTestApp({ now: () => clock });
const { app, ctx, fake } = stripeApp;
const staff = await authHeader(app, 'staff');

async function owingPatient(cents = 12_000) {
  const patient = await createTestPatient(ctx);
  await postTestCharge(ctx, patient.id, cents);
  return patient;
}

async function startPayment(patientId: string, amountCents: number, headers = staff) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    headers,
    payload: { patientId, amountCents, method: 'stripe' },
  });
  expect(response.statusCode, response.body).toBe(201);
  const payment = response.json();
  const session = fake.sessionByPaymentId(payment.id);
  if (!session) throw new Error('no checkout session was opened');
  return { payment, session };
}

const paymentRow = async (id: string) => {
  const [row] = await ctx.db.select().from(payments).where(eq(payments.id, id));
  if (!row) throw new Error('payment row missing');
  return row;
};

const ledgerRowsOf = (paymentId: string) =>
  ctx.db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, paymentId));

const eventCount = async () => (await ctx.db.select({ n: count() }).from(stripeEvents))[0]?.n ?? 0;

describe('starting a card payment', () => {
  it('opens a Checkout Session for the amount, pinned API version, our id in metadata and a deterministic key', async () => {
    const patient = await owingPatient();
    const { payment, session } = await startPayment(patient.id, 5_000);
    expect(payment).toMatchObject({
      status: 'pending',
      method: 'stripe',
      amountCents: 5_000,
      receiptNumber: null,
    });
    expect(payment.checkoutUrl).toBe(`${fake.url}/checkout/${session.id}`);
    expect(session).toMatchObject({
      amount_total: 5_000,
      mode: 'payment',
      metadata: { paymentId: payment.id },
      client_reference_id: payment.id,
      success_url: `http://localhost/payments/return?payment=${payment.id}&outcome=success`,
      cancel_url: `http://localhost/payments/return?payment=${payment.id}&outcome=cancelled`,
    });
    const create = fake.requests.find(
      (request) =>
        request.path === '/v1/checkout/sessions' && request.body.client_reference_id === payment.id,
    );
    expect(create?.idempotencyKey).toBe(`checkout:${payment.id}`);
    expect(create?.stripeVersion).toBe(stripeApiVersion);
    expect((await paymentRow(payment.id)).stripeCheckoutSessionId).toBe(session.id);
    // The hosted page shows what is being paid.
    const page = await fetch(payment.checkoutUrl);
    expect(await page.text()).toContain('Pay');
  });

  it('lets a patient pay what their own account owes, and no other account (404)', async () => {
    const { user, headers } = await logInAs(app, ctx, 'patient');
    if (!user.patientId) throw new Error('patient user without a patient');
    await postTestCharge(ctx, user.patientId, 4_500);
    const mismatch = await app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      headers,
      payload: { patientId: user.patientId, amountCents: 1, method: 'stripe' },
    });
    expect(mismatch.statusCode).toBe(409);
    expect(mismatch.json()).toMatchObject({ code: 'balance_changed', amountCents: 4_500 });
    const { payment } = await startPayment(user.patientId, 4_500, headers);
    expect(payment.status).toBe('pending');

    const stranger = await owingPatient();
    const other = await app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      headers,
      payload: { patientId: stranger.id, amountCents: 12_000, method: 'stripe' },
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('the Stripe webhook', () => {
  it('refuses forged, stale, altered and unsigned deliveries with 400 and changes nothing', async () => {
    const patient = await owingPatient();
    const { payment, session } = await startPayment(patient.id, 5_000);
    const event = await fake.pay(session.id, false);
    const body = JSON.stringify(event);
    const before = await eventCount();
    const now = Math.floor(clock.getTime() / 1000);
    const forged = Stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret: 'whsec_not_ours',
      timestamp: now,
    });
    const stale = fake.sign(body, now - 301);
    const altered = body.replace('"paid"', '"unpaid"');
    for (const [what, payload, signature] of [
      ['forged', body, forged],
      ['stale', body, stale],
      ['altered', altered, fake.sign(body)],
      ['unsigned', body, undefined],
      ['garbage header', body, 't=abc,v1=zzz'],
    ] as const) {
      const response = await postWebhook(stripeApp, payload, signature);
      expect(response.statusCode, what).toBe(400);
      expect(response.json().code, what).toBe('invalid_signature');
    }
    expect(await eventCount()).toBe(before);
    expect((await paymentRow(payment.id)).status).toBe('pending');
    // Just inside the tolerance is accepted.
    const fresh = await postWebhook(stripeApp, body, fake.sign(body, now - 299));
    expect(fresh.statusCode).toBe(200);
    expect((await paymentRow(payment.id)).status).toBe('succeeded');
  });

  it('applies one event delivered five times at once exactly once', async () => {
    const patient = await owingPatient(12_000);
    const { payment, session } = await startPayment(patient.id, 5_000);
    const event = await fake.pay(session.id, false);
    const body = JSON.stringify(event);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => postWebhook(stripeApp, body, fake.sign(body))),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const outcomes = answers.map((answer) => answer.json().outcome).sort();
    expect(outcomes).toEqual(['applied', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    const settled = await paymentRow(payment.id);
    expect(settled.status).toBe('succeeded');
    expect(settled.receiptNumber).toBeGreaterThan(0);
    expect(settled.stripePaymentIntentId).toBe(fake.state.sessions.get(session.id)?.payment_intent);
    expect(await ledgerRowsOf(payment.id)).toHaveLength(1);
    expect(await owedBalanceCents(ctx.db, patient.id)).toBe(7_000);
    // Redelivered later, as Stripe retries: still once.
    expect((await fake.deliver(event, 2)).every((status) => status === 200)).toBe(true);
    expect(await ledgerRowsOf(payment.id)).toHaveLength(1);
  });

  it('ends right when a refund event comes before the completion event', async () => {
    const patient = await owingPatient(12_000);
    const { payment, session } = await startPayment(patient.id, 6_000);
    const completed = await fake.pay(session.id, false);
    const intentId = fake.state.sessions.get(session.id)?.payment_intent;
    if (!intentId) throw new Error('no payment intent');
    const [refunded] = await fake.refundFromDashboard(intentId, 2_000, false);
    if (!refunded) throw new Error('no refund event');
    expect(await fake.deliver(refunded)).toEqual([200]);
    expect(await fake.deliver(completed)).toEqual([200]);
    expect(await fake.deliver(refunded)).toEqual([200]);
    const row = await paymentRow(payment.id);
    expect(row.status).toBe('succeeded');
    const ledger = await ctx.db.select().from(ledgerEntries).where(eq(ledgerEntries.patientId, patient.id));
    expect(ledger.map((entry) => [entry.kind, entry.amountCents]).sort()).toEqual([
      ['charge', 12_000],
      ['payment', 6_000],
      ['refund', 2_000],
    ]);
    expect(await owedBalanceCents(ctx.db, patient.id)).toBe(8_000);
  });

  it('leaves the balance untouched when the card is declined, and still takes a later success', async () => {
    const patient = await owingPatient(12_000);
    const { payment, session } = await startPayment(patient.id, 12_000);
    expect(await fake.deliver(await fake.decline(session.id, 'Your card was declined.', false))).toEqual([
      200,
    ]);
    const failed = await paymentRow(payment.id);
    expect(failed).toMatchObject({
      status: 'failed',
      failureReason: 'Your card was declined.',
      receiptNumber: null,
    });
    expect(await ledgerRowsOf(payment.id)).toHaveLength(0);
    expect(await owedBalanceCents(ctx.db, patient.id)).toBe(12_000);
    // Another card in the same open session goes through: the money moved, so it counts.
    await fake.pay(session.id);
    expect((await paymentRow(payment.id)).status).toBe('succeeded');
    expect(await owedBalanceCents(ctx.db, patient.id)).toBe(0);
  });

  it('cancels a payment whose checkout expired, and acknowledges events it does not handle', async () => {
    const patient = await owingPatient();
    const { payment, session } = await startPayment(patient.id, 1_000);
    await fake.expire(session.id);
    expect(await paymentRow(payment.id)).toMatchObject({ status: 'cancelled' });
    const other = { id: 'evt_test_other', object: 'event', type: 'customer.created', data: { object: {} } };
    const body = JSON.stringify(other);
    const response = await postWebhook(stripeApp, body, fake.sign(body));
    expect(response.statusCode).toBe(200);
    expect(response.json().outcome).toBe('ignored');
  });

  it('ignores a signed event about a payment that is not ours', async () => {
    const event = {
      id: 'evt_test_foreign',
      object: 'event',
      type: 'checkout.session.completed',
      data: { object: { id: 'cs_test_unknown', object: 'checkout.session' } },
    };
    const body = JSON.stringify(event);
    const response = await postWebhook(stripeApp, body, fake.sign(body));
    expect(response.statusCode).toBe(200);
    expect(response.json().outcome).toBe('ignored');
  });
});
