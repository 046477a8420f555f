import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authHeader } from '../../../../test/auth.ts';
import { postTestCharge } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createStripeTestApp } from '../../../../test/fake-stripe/stripe-test-app.ts';
import { ledgerEntries, refunds } from '../../db/schema.ts';
import { owedBalanceCents } from './owed-balance.ts';

const clock = new Date('2026-03-02T15:00:00Z');
const { app, ctx, fake } = await createStripeTestApp({ now: () => clock });
const staff = await authHeader(app, 'staff');
const manager = await authHeader(app, 'manager');

/** A card payment Stripe has confirmed, for a patient who owed exactly that. */
async function settledCardPayment(amountCents: number) {
  const patient = await createTestPatient(ctx);
  await postTestCharge(ctx, patient.id, amountCents);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    headers: staff,
    payload: { patientId: patient.id, amountCents, method: 'stripe' },
  });
  expect(response.statusCode, response.body).toBe(201);
  const session = fake.sessionByPaymentId(response.json().id);
  if (!session) throw new Error('no session');
  await fake.pay(session.id);
  return { patient, paymentId: response.json().id as string };
}

function refund(paymentId: string, payload: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/payments/${paymentId}/refund`,
    headers: manager,
    payload,
  });
}

const refundLedgerRows = (paymentId: string) =>
  ctx.db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.paymentId, paymentId))
    .then((rows) => rows.filter((row) => row.kind === 'refund'));

describe('card refunds', () => {
  it('are pending until Stripe settles them, partial ones add up, and no more than was paid', async () => {
    const { patient, paymentId } = await settledCardPayment(10_000);
    expect(await owedBalanceCents(ctx.db, patient.id)).toBe(0);
    const first = await refund(paymentId, { amountCents: 3_000, reason: 'Overcharged' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'pending', amountCents: 3_000 });
    const second = await refund(paymentId, { amountCents: 2_000, reason: 'Goodwill' });
    expect(second.json()).toMatchObject({ status: 'pending', amountCents: 2_000 });
    // Pending refunds are committed: only 5 000 remain.
    const tooMuch = await refund(paymentId, { amountCents: 6_000, reason: 'Too much' });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().code).toBe('refund_exceeds_payment');
    // Each went to Stripe once, keyed by our refund id.
    const created = fake.requests.filter(
      (request) => request.path === '/v1/refunds' && request.method === 'POST',
    );
    expect(created.map((request) => request.idempotencyKey)).toEqual(
      expect.arrayContaining([`refund:${first.json().id}`, `refund:${second.json().id}`]),
    );
    expect(await refundLedgerRows(paymentId)).toHaveLength(0);

    await fake.settleRefunds();
    const rows = await ctx.db.select().from(refunds).where(eq(refunds.paymentId, paymentId));
    expect(rows.map((row) => row.status)).toEqual(['succeeded', 'succeeded']);
    expect((await refundLedgerRows(paymentId)).map((row) => row.amountCents).sort()).toEqual([2_000, 3_000]);
    expect(await owedBalanceCents(ctx.db, patient.id)).toBe(5_000);
    // Redelivering every event changes nothing.
    for (const event of fake.events) await fake.deliver(event);
    expect(await refundLedgerRows(paymentId)).toHaveLength(2);
  });

  it('records a refund that fails at Stripe with its reason, and leaves the money refundable', async () => {
    const { patient, paymentId } = await settledCardPayment(8_000);
    fake.failNextRefund('expired_or_canceled_card');
    const response = await refund(paymentId, { reason: 'Cancelled treatment' });
    expect(response.json()).toMatchObject({ status: 'pending', amountCents: 8_000 });
    await fake.settleRefunds();
    const [failed] = await ctx.db.select().from(refunds).where(eq(refunds.id, response.json().id));
    expect(failed).toMatchObject({ status: 'failed', failureReason: 'expired_or_canceled_card' });
    expect(await refundLedgerRows(paymentId)).toHaveLength(0);
    expect(await owedBalanceCents(ctx.db, patient.id)).toBe(0);
    const payment = await app.inject({ method: 'GET', url: `/api/v1/payments/${paymentId}`, headers: staff });
    expect(payment.json().refunds[0]).toMatchObject({
      status: 'failed',
      failureReason: 'expired_or_canceled_card',
    });
    const retry = await refund(paymentId, { amountCents: 8_000, reason: 'Cancelled treatment' });
    expect(retry.statusCode).toBe(201);
    await fake.settleRefunds();
    expect(await refundLedgerRows(paymentId)).toHaveLength(1);
    expect(await owedBalanceCents(ctx.db, patient.id)).toBe(8_000);
  });
});
