import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { problemResponses } from '../../http/openapi.ts';
import { problem } from '../../lib/problem.ts';
import type { ApiModule } from '../api-modules.ts';
import { authenticate } from '../auth/authenticate.ts';
import { accessTokenExpiry } from './access-token-expiry.ts';
import { openLiveEventStream } from './live-event-stream.ts';
import { acceptsEventStream } from './server-sent-events.ts';

const EventsHeaders = z.looseObject({
  'last-event-id': z
    .string()
    .regex(/^\d{1,15}$/, 'Must be the id of an event this stream sent')
    .transform(Number)
    .optional()
    .describe('The id of the last event received: the events that followed are replayed first'),
});

const EventStream = z
  .string()
  .describe(
    'One message per event: `id: <event id>`, `event: appointment.created|appointment.updated|' +
      'appointment.cancelled`, `data: <the appointment as JSON>`. `event: resync` means events were ' +
      'missed beyond what can be replayed (more than 500, or older than 24 h): reload the calendar. ' +
      'Comment lines (`: heartbeat`) every 25 s keep the connection open. The stream ends when the ' +
      'access token expires; reconnect with a fresh token and Last-Event-ID.',
  );

export const liveEventsRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/events',
    {
      config: { access: { action: 'appointments.live' } },
      schema: {
        tags: ['scheduling'],
        summary: 'Live appointment changes (Server-Sent Events)',
        description:
          'Send `Accept: text/event-stream` (EventSource does; with fetch, set it) and the usual Bearer ' +
          'token. After a disconnect, reconnect with `Last-Event-ID` to receive what was missed first.',
        headers: EventsHeaders,
        response: {
          200: {
            description: 'text/event-stream of appointment changes, for live calendars',
            content: { 'text/event-stream': { schema: EventStream } },
          },
          ...problemResponses(401, 403, 406, 422),
        },
      },
    },
    async (request, reply) => {
      if (!acceptsEventStream(request.headers.accept)) {
        throw problem(
          406,
          'not_acceptable',
          'This endpoint sends text/event-stream: send Accept: text/event-stream.',
        );
      }
      const stream = await openLiveEventStream(ctx, {
        lastEventId: request.headers['last-event-id'],
        endAt: accessTokenExpiry(request.headers.authorization),
        stillAuthorized: async () => (await authenticate(ctx, request.headers.authorization)) !== null,
      });
      // The typed reply accepts what the schema describes (text); the text comes as a stream.
      return (
        (reply as FastifyReply)
          .header('content-type', 'text/event-stream; charset=utf-8')
          .header('cache-control', 'no-cache')
          // Tells nginx not to buffer the response, which would hold events back.
          .header('x-accel-buffering', 'no')
          .send(stream)
      );
    },
  );
};
