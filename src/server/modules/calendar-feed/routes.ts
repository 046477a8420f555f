import { z } from 'zod';
import { CalendarFeedIssued, CalendarFeedQuery, CalendarFeedStatus } from '../../../shared/calendar-feed.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { issueCalendarFeed } from './issue-calendar-feed.ts';
import { readCalendarFeed } from './read-calendar-feed.ts';
import { readCalendarFeedStatus } from './read-calendar-feed-status.ts';
import { revokeCalendarFeed } from './revoke-calendar-feed.ts';

const tags = ['providers'];
const ProviderParams = z.strictObject({ id: z.uuid('Not a provider id') });

export const calendarFeedRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/providers/:id/calendar-feed',
    {
      config: { access: { action: 'calendar_feed.manage' } },
      schema: {
        tags,
        summary: "Whether the provider's calendar feed is live (the token is never shown again)",
        params: ProviderParams,
        response: { 200: CalendarFeedStatus, ...problemResponses(403, 404) },
      },
    },
    (request) => readCalendarFeedStatus(ctx, requireActor(request), request.params.id, auditSource(request)),
  );

  app.post(
    '/providers/:id/calendar-feed',
    {
      config: { access: { action: 'calendar_feed.manage' } },
      schema: {
        tags,
        summary: 'Issue a calendar subscription URL; earlier ones stop working',
        params: ProviderParams,
        response: { 201: CalendarFeedIssued, ...problemResponses(403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await issueCalendarFeed(ctx, requireActor(request), request.params.id, auditSource(request))),
  );

  app.delete(
    '/providers/:id/calendar-feed',
    {
      config: { access: { action: 'calendar_feed.manage' } },
      schema: { tags, params: ProviderParams, response: { 204: z.null(), ...problemResponses(403, 404) } },
    },
    async (request, reply) => {
      await revokeCalendarFeed(ctx, requireActor(request), request.params.id, auditSource(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/providers/:id/calendar.ics',
    {
      // The token in the URL is the credential: calendar apps can send nothing else.
      config: { access: { public: true } },
      schema: {
        tags,
        summary: "The provider's appointments as an RFC 5545 feed (text/calendar; patients by initials only)",
        params: ProviderParams,
        querystring: CalendarFeedQuery,
        response: {
          200: z.string().describe('text/calendar; charset=utf-8'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const feed = await readCalendarFeed(ctx, request.params.id, request.query.token, auditSource(request));
      // The URL is a secret and the body patient data: no shared cache may keep either.
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(feed);
    },
  );
};
