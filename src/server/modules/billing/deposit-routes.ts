import { z } from 'zod';
import { CheckoutStarted } from '../../../shared/billing.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { startDepositCheckout } from './start-deposit-checkout.ts';

export const depositRoutes: ApiModule = async (app, { ctx }) => {
  app.post(
    '/holds/:id/deposit-checkout',
    {
      config: { access: { action: 'appointments.book' } },
      schema: {
        tags: ['billing'],
        summary: "Pay a held visit's deposit by card; the confirmed deposit books the visit",
        params: z.strictObject({ id: z.uuid('Not a hold id') }),
        response: { 200: CheckoutStarted, ...problemResponses(404, 409, 422, 502, 503) },
      },
    },
    (request) => startDepositCheckout(ctx, requireActor(request), request.params.id, auditSource(request)),
  );
};
