import { startFakeStripe } from './fake-stripe.ts';

// The fake Stripe API as its own process, for the browser tests and local development:
//   FAKE_STRIPE_PORT=12111 FAKE_STRIPE_WEBHOOK_URL=http://127.0.0.1:3000/api/v1/webhooks/stripe \
//   STRIPE_WEBHOOK_SECRET=whsec_… node --import tsx test/fake-stripe/main.ts
// and start the server with STRIPE_API_URL=http://127.0.0.1:12111 and any sk_test_… key.
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? process.env.FAKE_STRIPE_WEBHOOK_SECRET;
if (!webhookSecret?.startsWith('whsec_')) {
  console.error('Set STRIPE_WEBHOOK_SECRET (whsec_…), the same the server uses.');
  process.exit(2);
}
const fake = await startFakeStripe({
  port: Number(process.env.FAKE_STRIPE_PORT ?? 12111),
  host: process.env.FAKE_STRIPE_HOST ?? '127.0.0.1',
  webhookSecret,
  webhook: process.env.FAKE_STRIPE_WEBHOOK_URL ?? 'http://127.0.0.1:3000/api/v1/webhooks/stripe',
  settleRefundsAtOnce: true,
});
console.log(`fake Stripe listening on ${fake.url}`);
const stop = () => void fake.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
