import { z } from 'zod';
import { AppointmentHistory } from '../../../shared/appointment-history.ts';
import {
  Appointment,
  AppointmentList,
  AppointmentListQuery,
  Availability,
  AvailabilityQuery,
  BookAppointmentInput,
  CancelInput,
  Hold,
  RescheduleInput,
  StatusChangeInput,
} from '../../../shared/scheduling.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { IfMatchHeaders, parseIfMatch, versionEtag } from '../../http/if-match.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { bookAppointment } from './book-appointment.ts';
import { changeAppointmentStatus, rescheduleAppointment } from './change-appointment.ts';
import { getAppointmentHistory } from './get-appointment-history.ts';
import { getAvailability } from './get-availability.ts';
import { placeHold, releaseHold } from './holds.ts';
import { IdempotencyHeaders, oncePerIdempotencyKey } from './idempotency.ts';
import { getAppointment, listAppointments } from './list-appointments.ts';

const tags = ['scheduling'];
const IdParams = z.strictObject({ id: z.uuid('Not an appointment id') });

const etag = (appointment: { version: number }) => versionEtag(appointment.version);

export const schedulingRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/availability',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        querystring: AvailabilityQuery,
        response: { 200: Availability, ...problemResponses(404, 422) },
      },
    },
    (request) => getAvailability(ctx, request.actor, request.query),
  );

  app.post(
    '/appointments',
    {
      config: { access: { action: 'appointments.book' } },
      schema: {
        tags,
        headers: IdempotencyHeaders,
        body: BookAppointmentInput,
        response: { 201: Appointment, ...problemResponses(400, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await oncePerIdempotencyKey(
        ctx,
        `user:${actor.userId}:appointments`,
        request.headers['idempotency-key'],
        request.body,
        async () => ({
          statusCode: 201,
          body: await bookAppointment(ctx, actor, request.body, auditSource(request)),
        }),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).header('etag', etag(result.body)).send(result.body);
    },
  );

  app.post(
    '/holds',
    {
      config: { access: { action: 'appointments.book' } },
      schema: {
        tags,
        body: BookAppointmentInput.omit({ holdId: true }),
        response: { 201: Hold, ...problemResponses(409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await placeHold(ctx, requireActor(request), request.body, auditSource(request))),
  );

  app.delete(
    '/holds/:id',
    {
      config: { access: { action: 'appointments.book' } },
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid('Not a hold id') }),
        response: { 204: z.null(), ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      await releaseHold(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/appointments',
    {
      config: { access: { action: 'appointments.read' } },
      schema: {
        tags,
        querystring: AppointmentListQuery,
        response: { 200: AppointmentList },
      },
    },
    (request) => listAppointments(ctx, requireActor(request), request.query, auditSource(request)),
  );

  app.get(
    '/appointments/:id',
    {
      config: { access: { action: 'appointments.read' } },
      schema: { tags, params: IdParams, response: { 200: Appointment, ...problemResponses(404) } },
    },
    async (request, reply) => {
      const appointment = await getAppointment(
        ctx,
        requireActor(request),
        request.params.id,
        auditSource(request),
      );
      return reply.header('etag', etag(appointment)).send(appointment);
    },
  );

  app.get(
    '/appointments/:id/history',
    {
      config: { access: { action: 'appointments.history' } },
      schema: {
        tags,
        description:
          'Who booked, moved, changed and cancelled the visit, oldest first, from the audit trail.',
        params: IdParams,
        response: { 200: AppointmentHistory, ...problemResponses(404) },
      },
    },
    (request) => getAppointmentHistory(ctx, requireActor(request), request.params.id, auditSource(request)),
  );

  app.patch(
    '/appointments/:id',
    {
      config: { access: { action: 'appointments.reschedule' } },
      schema: {
        tags,
        params: IdParams,
        headers: IfMatchHeaders,
        body: RescheduleInput,
        response: { 200: Appointment, ...problemResponses(400, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const appointment = await rescheduleAppointment(
        ctx,
        requireActor(request),
        request.params.id,
        request.body,
        parseIfMatch(request.headers['if-match']),
        auditSource(request),
      );
      return reply.header('etag', etag(appointment)).send(appointment);
    },
  );

  app.post(
    '/appointments/:id/status',
    {
      config: { access: { action: 'appointments.status' } },
      schema: {
        tags,
        params: IdParams,
        body: StatusChangeInput,
        response: { 200: Appointment, ...problemResponses(404, 409) },
      },
    },
    (request) =>
      changeAppointmentStatus(
        ctx,
        requireActor(request),
        request.params.id,
        request.body.status,
        auditSource(request),
      ),
  );

  app.post(
    '/appointments/:id/cancel',
    {
      config: { access: { action: 'appointments.cancel' } },
      schema: {
        tags,
        params: IdParams,
        body: CancelInput,
        response: { 200: Appointment, ...problemResponses(404, 409, 422) },
      },
    },
    (request) =>
      changeAppointmentStatus(
        ctx,
        requireActor(request),
        request.params.id,
        'cancelled',
        auditSource(request),
        request.body.reason ?? null,
      ),
  );
};
