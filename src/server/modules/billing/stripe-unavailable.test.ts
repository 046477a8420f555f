import { count, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import { postTestCharge } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import {
  postWebhook,
  testStripeKey,
  testWebhookSecret,
} from '../../../../test/fake-stripe/stripe-test-app.ts';
import { payments, stripeEvents } from '../../db/schema.ts';

// Nothing listens on port 9 of this machine: every call to "Stripe" fails to connect.
const testApp = await createTestApp({
  stripe: { secretKey: testStripeKey, webhookSecret: testWebhookSecret, apiUrl: 'http://127.0.0.1:9' },
});
const { app, ctx } = testApp;

describe('when Stripe cannot be reached', () => {
  it('answers 503 payment_provider_unavailable and leaves no payment pending', async () => {
    const patient = await createTestPatient(ctx);
    await postTestCharge(ctx, patient.id, 2_000);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      headers: await authHeader(app, 'staff'),
      payload: { patientId: patient.id, amountCents: 2_000, method: 'stripe' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe('payment_provider_unavailable');
    expect(response.headers['retry-after']).toBe('5');
    const rows = await ctx.db.select().from(payments).where(eq(payments.patientId, patient.id));
    expect(rows.map((row) => row.status)).toEqual(['failed']);
  });

  it('answers a genuine webhook 503 without recording it, so that Stripe delivers it again', async () => {
    const event = {
      id: 'evt_test_unreachable',
      object: 'event',
      type: 'checkout.session.completed',
      data: { object: { id: 'cs_test_x', object: 'checkout.session' } },
    };
    const body = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: testWebhookSecret });
    const response = await postWebhook(testApp, body, signature);
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe('payment_provider_unavailable');
    expect((await ctx.db.select({ n: count() }).from(stripeEvents))[0]?.n).toBe(0);
  });
});

describe('with a secret key but no webhook secret', () => {
  it('offers no card payments, since nothing could ever confirm them', async () => {
    const halfConfigured = await createTestApp({
      stripe: { secretKey: testStripeKey, webhookSecret: undefined, apiUrl: 'http://127.0.0.1:9' },
    });
    const response = await halfConfigured.app.inject({
      method: 'GET',
      url: '/api/v1/billing/settings',
      headers: await authHeader(halfConfigured.app, 'staff'),
    });
    expect(response.json().cardPaymentsAvailable).toBe(false);
  });
});
