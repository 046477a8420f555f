import Stripe from 'stripe';
import type { Config } from '../../config.ts';
import { problem } from '../../lib/problem.ts';

/**
 * Pinned rather than left to the SDK's default, so that an SDK upgrade never silently changes
 * the shape of the objects Stripe sends us (it is the version stripe@23.2.0 is built for).
 */
export const stripeApiVersion = '2026-11-18.endive' as const;

export type StripeClient = Stripe;
export type StripeSettings = { client: Stripe; webhookSecret: string };

const clients = new WeakMap<Config, StripeSettings>();

/**
 * The one SDK instance for this configuration, or null when card payments are not set up. A
 * payment that only the webhook can confirm must not be started without a webhook secret, so
 * both keys are needed.
 */
export function stripeOf(config: Config): StripeSettings | null {
  const settings = config.stripe;
  if (!settings?.webhookSecret) return null;
  const known = clients.get(config);
  if (known) return known;
  const created = {
    client: createStripeClient(settings.secretKey, settings.apiUrl),
    webhookSecret: settings.webhookSecret,
  };
  clients.set(config, created);
  return created;
}

/** Whether patients and links can be offered the card option. */
export function cardPaymentsAvailable(config: Config): boolean {
  return stripeOf(config) !== null;
}

/** The SDK client, or `422 card_payments_unavailable` when Stripe is not configured. */
export function requireStripe(config: Config): StripeSettings {
  const stripe = stripeOf(config);
  if (!stripe)
    throw problem(422, 'card_payments_unavailable', 'Card payments are not set up for this clinic.');
  return stripe;
}

function createStripeClient(secretKey: string, apiUrl: string | undefined): Stripe {
  const target = apiUrl ? new URL(apiUrl) : undefined;
  return new Stripe(secretKey, {
    apiVersion: stripeApiVersion,
    // Requests carry our own idempotency keys, so the SDK's retries cannot duplicate anything.
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(target
      ? {
          host: target.hostname,
          port: target.port || (target.protocol === 'https:' ? 443 : 80),
          protocol: target.protocol === 'https:' ? ('https' as const) : ('http' as const),
        }
      : {}),
  });
}

/** Turns a failed call to Stripe into an answer for our caller, never a 500. */
export function stripeUnavailable(): ReturnType<typeof problem> {
  return problem(
    503,
    'payment_provider_unavailable',
    'The card payment provider did not answer. Try again shortly.',
    {
      extensions: { retryAfterSeconds: 5 },
    },
  );
}
