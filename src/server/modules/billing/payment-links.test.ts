import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import { postTestCharge } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createStripeTestApp } from '../../../../test/fake-stripe/stripe-test-app.ts';
import { paymentLinks, payments } from '../../db/schema.ts';
import { hashOpaqueToken } from '../auth/opaque-token.ts';
import { owedBalanceCents } from './owed-balance.ts';

let clock = new Date('2026-03-02T15:00:00Z');
const { app, ctx, fake } = await createStripeTestApp({ now: () => clock });
const staff = await authHeader(app, 'staff');

async function createLink(payload: Record<string, unknown>) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/payment-links',
    headers: staff,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  const created = response.json();
  const token = new URL(created.url).pathname.split('/').pop() ?? '';
  return { ...created, token } as { id: string; url: string; expiresAt: string; token: string };
}

const view = (token: string) => app.inject({ method: 'GET', url: `/api/v1/pay/${token}` });
const checkout = (token: string) => app.inject({ method: 'POST', url: `/api/v1/pay/${token}/checkout` });

describe('payment links', () => {
  it('show only clinic, amount owed and initials, and are paid once through Stripe', async () => {
    const patient = await createTestPatient(ctx, { firstName: 'Maria', lastName: 'Silva' });
    await postTestCharge(ctx, patient.id, 9_900);
    const link = await createLink({ patientId: patient.id });
    expect(link.url).toMatch(/^http:\/\/localhost\/pay\/[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt).toBe('2026-03-05T15:00:00.000Z');
    // Only the token's hash is stored.
    const [stored] = await ctx.db.select().from(paymentLinks).where(eq(paymentLinks.id, link.id));
    expect(stored?.tokenHash).toBe(hashOpaqueToken(link.token));
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const shown = await view(link.token);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({
      patientInitials: 'M.S.',
      amountCents: 9_900,
      cardPaymentsAvailable: true,
      expiresAt: link.expiresAt,
    });
    expect(shown.body).not.toContain('Maria');
    expect(shown.body).not.toContain('Silva');

    const started = await checkout(link.token);
    expect(started.statusCode, started.body).toBe(200);
    const { paymentId, checkoutUrl } = started.json();
    // Opening it again while the checkout is open gives the same one.
    expect((await checkout(link.token)).json()).toEqual({ paymentId, checkoutUrl });
    const session = fake.sessionByPaymentId(paymentId);
    if (!session) throw new Error('no session');
    expect(session.amount_total).toBe(9_900);
    expect(session.success_url).toBe(
      `http://localhost/payments/return?payment=${paymentId}&outcome=success&link=1`,
    );

    await fake.pay(session.id);
    const [paid] = await ctx.db.select().from(payments).where(eq(payments.id, paymentId));
    expect(paid).toMatchObject({ status: 'succeeded', paymentLinkId: link.id, createdBy: null });
    expect(await owedBalanceCents(ctx.db, patient.id)).toBe(0);
    // Spent: single use.
    for (const response of [await view(link.token), await checkout(link.token)]) {
      expect(response.statusCode).toBe(410);
      expect(response.json().code).toBe('link_expired');
    }
  });

  it('answer 404 for an unknown token and for an unknown patient', async () => {
    expect((await view('not-a-real-token')).statusCode).toBe(404);
    expect((await checkout('A'.repeat(43))).statusCode).toBe(404);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/payment-links',
      headers: staff,
      payload: { patientId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(response.statusCode).toBe(404);
  });

  it('refuse a checkout when nothing is owed', async () => {
    const patient = await createTestPatient(ctx);
    const link = await createLink({ patientId: patient.id });
    expect((await view(link.token)).json().amountCents).toBe(0);
    const response = await checkout(link.token);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('nothing_owed');
  });

  it('charge the link amount staff chose, and expire after 72 hours', async () => {
    const patient = await createTestPatient(ctx);
    await postTestCharge(ctx, patient.id, 50_000);
    const link = await createLink({ patientId: patient.id, amountCents: 10_000 });
    expect((await view(link.token)).json().amountCents).toBe(10_000);
    clock = new Date(clock.getTime() + 72 * 3600_000);
    const expired = await view(link.token);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('link_expired');
    expect((await checkout(link.token)).statusCode).toBe(410);
  });
});

describe('without Stripe configured', () => {
  it('hides the card option on a link and refuses card checkouts with 422', async () => {
    const plain = await createTestApp();
    const patient = await createTestPatient(plain.ctx);
    await postTestCharge(plain.ctx, patient.id, 1_000);
    const created = await plain.app.inject({
      method: 'POST',
      url: '/api/v1/payment-links',
      headers: await authHeader(plain.app, 'staff'),
      payload: { patientId: patient.id },
    });
    const token = new URL(created.json().url).pathname.split('/').pop() ?? '';
    const shown = await plain.app.inject({ method: 'GET', url: `/api/v1/pay/${token}` });
    expect(shown.json()).toMatchObject({ cardPaymentsAvailable: false, amountCents: 1_000 });
    const started = await plain.app.inject({ method: 'POST', url: `/api/v1/pay/${token}/checkout` });
    expect(started.statusCode).toBe(422);
    expect(started.json().code).toBe('card_payments_unavailable');
    const webhook = await plain.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/stripe',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=x' },
      payload: '{}',
    });
    expect(webhook.statusCode).toBe(404);
  });
});
