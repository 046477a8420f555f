import { z } from 'zod';
import {
  AppointmentSeries,
  CancelAppointmentSeriesInput,
  CreateAppointmentSeriesInput,
} from '../../../shared/recurring.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { IdempotencyHeaders, oncePerIdempotencyKey } from '../scheduling/idempotency.ts';
import { bookSeries } from './book-series.ts';
import { cancelSeries } from './cancel-series.ts';
import { getSeries } from './get-series.ts';

const tags = ['scheduling'];
const SeriesParams = z.strictObject({ id: z.uuid('Not an appointment series id') });

export const recurringRoutes: ApiModule = async (app, { ctx }) => {
  app.post(
    '/appointment-series',
    {
      config: { access: { action: 'appointments.book' } },
      schema: {
        tags,
        description:
          'Books every visit of an RRULE series or none: `409 series_conflict` lists each visit that is taken or outside working hours.',
        headers: IdempotencyHeaders,
        body: CreateAppointmentSeriesInput,
        response: { 201: AppointmentSeries, ...problemResponses(400, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await oncePerIdempotencyKey(
        ctx,
        `user:${actor.userId}:appointment-series`,
        request.headers['idempotency-key'],
        request.body,
        async () => ({
          statusCode: 201,
          body: await bookSeries(ctx, actor, request.body, auditSource(request)),
        }),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(result.body);
    },
  );

  app.get(
    '/appointment-series/:id',
    {
      config: { access: { action: 'appointments.read' } },
      schema: { tags, params: SeriesParams, response: { 200: AppointmentSeries, ...problemResponses(404) } },
    },
    (request) => getSeries(ctx, requireActor(request), request.params.id, auditSource(request)),
  );

  app.post(
    '/appointment-series/:id/cancel',
    {
      config: { access: { action: 'appointments.cancel' } },
      schema: {
        tags,
        description: 'Cancels every visit still ahead, or `fromAppointmentId` and every later one.',
        params: SeriesParams,
        body: CancelAppointmentSeriesInput,
        response: { 200: AppointmentSeries, ...problemResponses(404, 422) },
      },
    },
    (request) =>
      cancelSeries(ctx, requireActor(request), request.params.id, request.body, auditSource(request)),
  );
};
