import { afterAll } from 'vitest';
import type { Config } from '../../src/server/config.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { type FakeStripe, startFakeStripe } from './fake-stripe.ts';

export const testWebhookSecret = 'whsec_topsmile_test_secret_0123456789';
export const testStripeKey = 'sk_test_topsmile_fake_0123456789';

export type StripeTestApp = TestApp & { fake: FakeStripe };

/**
 * An app whose Stripe SDK talks to a fresh fake Stripe over HTTP, and whose webhook receives the
 * fake's signed events through app.inject (as Stripe would POST them). Both share the clock.
 */
export async function createStripeTestApp(
  options: { now?: () => Date; config?: Partial<Config> } = {},
): Promise<StripeTestApp> {
  const fake = await startFakeStripe({
    webhookSecret: testWebhookSecret,
    ...(options.now ? { now: options.now } : {}),
  });
  const testApp = await createTestApp(
    {
      stripe: { secretKey: testStripeKey, webhookSecret: testWebhookSecret, apiUrl: fake.url },
      ...options.config,
    },
    options.now ? { now: options.now } : {},
  );
  fake.setWebhook((body, signature) => postWebhook(testApp, body, signature));
  afterAll(() => fake.close());
  return { ...testApp, fake };
}

/** A delivery as Stripe makes it: JSON body, Stripe-Signature header. */
export function postWebhook(testApp: TestApp, body: string, signature: string | undefined) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/v1/webhooks/stripe',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      ...(signature === undefined ? {} : { 'stripe-signature': signature }),
    },
    payload: body,
  });
}
