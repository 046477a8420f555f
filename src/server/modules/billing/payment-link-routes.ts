import { z } from 'zod';
import {
  CheckoutStarted,
  PayLinkView,
  PaymentLinkCreated,
  PaymentLinkInput,
} from '../../../shared/billing.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { createPaymentLink } from './create-payment-link.ts';
import { readPaymentLink } from './read-payment-link.ts';
import { startLinkCheckout } from './start-link-checkout.ts';

const tags = ['billing'];
// Any string: a malformed token is as unknown as a wrong one (404), never a hint.
const TokenParams = z.strictObject({ token: z.string().max(200) });
// The token is the credential: a generous limit for people, a wall for guessing.
const linkRateLimit = { max: 60, timeWindow: '1 minute' };

export const paymentLinkRoutes: ApiModule = async (app, { ctx }) => {
  app.post(
    '/payment-links',
    {
      config: { access: { action: 'payment_links.create' } },
      schema: {
        tags,
        summary: 'A single-use link (72 h) to pay the account without logging in',
        body: PaymentLinkInput,
        response: { 201: PaymentLinkCreated, ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createPaymentLink(ctx, requireActor(request), request.body, auditSource(request))),
  );

  app.get(
    '/pay/:token',
    {
      config: { access: { public: true }, rateLimit: linkRateLimit },
      schema: {
        tags,
        summary: 'What a payment link asks for: clinic, amount, patient initials',
        params: TokenParams,
        response: { 200: PayLinkView, ...problemResponses(404, 410) },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'private, no-store')
        .send(await readPaymentLink(ctx, request.params.token, auditSource(request))),
  );

  app.post(
    '/pay/:token/checkout',
    {
      config: { access: { public: true }, rateLimit: linkRateLimit },
      schema: {
        tags,
        summary: 'Start paying a payment link by card (Stripe Checkout)',
        params: TokenParams,
        response: { 200: CheckoutStarted, ...problemResponses(404, 410, 422, 502, 503) },
      },
    },
    (request) => startLinkCheckout(ctx, request.params.token, auditSource(request)),
  );
};
