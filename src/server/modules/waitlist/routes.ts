import { z } from 'zod';
import {
  AcceptedWaitlistOffer,
  CreateWaitlistEntryInput,
  WaitlistEntry,
  WaitlistList,
  WaitlistListQuery,
  WaitlistOfferList,
} from '../../../shared/waitlist.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { acceptWaitlistOffer } from './accept-offer.ts';
import { joinWaitlist } from './join-waitlist.ts';
import { listOffers, listWaitlist } from './list-waitlist.ts';
import { withdrawWaitlistEntry } from './withdraw-waitlist-entry.ts';

const tags = ['waitlist'];
const EntryParams = z.strictObject({ id: z.uuid('Not a waitlist entry id') });
const OfferParams = z.strictObject({ offerId: z.uuid('Not a waitlist offer id') });

export const waitlistRoutes: ApiModule = async (app, { ctx }) => {
  app.post(
    '/waitlist',
    {
      config: { access: { action: 'waitlist.manage' } },
      schema: {
        tags,
        body: CreateWaitlistEntryInput,
        response: { 201: WaitlistEntry, ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await joinWaitlist(ctx, requireActor(request), request.body, auditSource(request))),
  );

  app.get(
    '/waitlist',
    {
      config: { access: { action: 'waitlist.read' } },
      schema: {
        tags,
        querystring: WaitlistListQuery,
        response: { 200: WaitlistList, ...problemResponses(400) },
      },
    },
    (request) => listWaitlist(ctx, requireActor(request), request.query, auditSource(request)),
  );

  app.delete(
    '/waitlist/:id',
    {
      config: { access: { action: 'waitlist.manage' } },
      schema: { tags, params: EntryParams, response: { 204: z.null(), ...problemResponses(404, 409) } },
    },
    async (request, reply) => {
      await withdrawWaitlistEntry(ctx, requireActor(request), request.params.id, auditSource(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/waitlist/:id/offers',
    {
      config: { access: { action: 'waitlist.read' } },
      schema: { tags, params: EntryParams, response: { 200: WaitlistOfferList, ...problemResponses(404) } },
    },
    (request) => listOffers(ctx, requireActor(request), request.params.id, auditSource(request)),
  );

  app.post(
    '/waitlist/offers/:offerId/accept',
    {
      config: { access: { action: 'waitlist.manage' } },
      schema: {
        tags,
        description:
          'Books the offered time for the entry’s patient; `409 slot_unavailable` if it was taken meanwhile.',
        params: OfferParams,
        response: { 201: AcceptedWaitlistOffer, ...problemResponses(404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await acceptWaitlistOffer(ctx, requireActor(request), request.params.offerId, auditSource(request)),
        ),
  );
};
