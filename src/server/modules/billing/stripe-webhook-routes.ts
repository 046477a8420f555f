import { z } from 'zod';
import { auditSource } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { handleStripeWebhook } from './handle-stripe-webhook.ts';

const WebhookAnswer = z.object({
  received: z.literal(true),
  outcome: z.enum(['applied', 'duplicate', 'ignored']),
});

/**
 * Stripe's webhook. Its signature covers the exact bytes sent, so this plugin (and only it:
 * Fastify scopes content-type parsers to the plugin that adds them) keeps every body raw.
 */
export const stripeWebhookRoutes: ApiModule = async (app, { ctx }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.post(
    '/webhooks/stripe',
    {
      // Stripe cannot log in; the signature over the raw body is the credential.
      config: { access: { public: true } },
      schema: {
        tags: ['billing'],
        summary: 'Stripe events (signed; re-fetched from Stripe before any change; each applied once)',
        response: { 200: WebhookAnswer, ...problemResponses(400, 404, 503) },
      },
    },
    (request) => {
      const signature = request.headers['stripe-signature'];
      return handleStripeWebhook(
        ctx,
        Buffer.isBuffer(request.body) ? request.body : undefined,
        typeof signature === 'string' ? signature : undefined,
        auditSource(request),
      );
    },
  );
};
