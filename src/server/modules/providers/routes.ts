import { z } from 'zod';
import {
  CatalogListQuery,
  CreateProviderInput,
  CreateTimeOffInput,
  Provider,
  ProviderList,
  ProviderScheduleList,
  ProviderScheduleQuery,
  TimeOff,
  TimeOffList,
  UpdateProviderInput,
  WorkingHours,
} from '../../../shared/scheduling.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { addTimeOff } from './add-time-off.ts';
import { createProvider } from './create-provider.ts';
import { deleteTimeOff } from './delete-time-off.ts';
import { listProviderSchedules } from './list-provider-schedules.ts';
import { listProviders } from './list-providers.ts';
import { listTimeOff } from './list-time-off.ts';
import { readWorkingHours } from './read-working-hours.ts';
import { replaceWorkingHours } from './replace-working-hours.ts';
import { updateProvider } from './update-provider.ts';

const tags = ['providers'];
const ProviderParams = z.strictObject({ id: z.uuid('Not a provider id') });
const TimeOffParams = ProviderParams.extend({ timeOffId: z.uuid('Not a time off id') });

export const providersRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/providers',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Active providers; staff also see inactive ones (includeInactive) and the linked user',
        querystring: CatalogListQuery,
        response: { 200: ProviderList, ...problemResponses(400) },
      },
    },
    (request) => listProviders(ctx, request.actor, request.query),
  );

  app.post(
    '/providers',
    {
      config: { access: { action: 'providers.manage' } },
      schema: {
        tags,
        body: CreateProviderInput,
        response: { 201: Provider, ...problemResponses(400, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createProvider(ctx, request.body, auditSource(request))),
  );

  app.patch(
    '/providers/:id',
    {
      config: { access: { action: 'providers.manage' } },
      schema: {
        tags,
        params: ProviderParams,
        body: UpdateProviderInput,
        response: { 200: Provider, ...problemResponses(400, 404, 409, 422) },
      },
    },
    (request) => updateProvider(ctx, request.params.id, request.body, auditSource(request)),
  );

  app.get(
    '/provider-schedules',
    {
      config: { access: { action: 'working_hours.read' } },
      schema: {
        tags,
        summary: "Every active provider's working hours and the time off overlapping the dates from–to",
        querystring: ProviderScheduleQuery,
        response: { 200: ProviderScheduleList, ...problemResponses(400, 422) },
      },
    },
    (request) => listProviderSchedules(ctx, request.query),
  );

  app.get(
    '/providers/:id/working-hours',
    {
      config: { access: { action: 'working_hours.read' } },
      schema: { tags, params: ProviderParams, response: { 200: WorkingHours, ...problemResponses(404) } },
    },
    (request) => readWorkingHours(ctx, request.params.id),
  );

  app.put(
    '/providers/:id/working-hours',
    {
      config: { access: { action: 'working_hours.manage' } },
      schema: {
        tags,
        summary: 'Replace the whole week; "24:00" ends an interval at midnight',
        params: ProviderParams,
        body: WorkingHours,
        response: { 200: WorkingHours, ...problemResponses(400, 403, 404, 422) },
      },
    },
    (request) =>
      replaceWorkingHours(ctx, requireActor(request), request.params.id, request.body, auditSource(request)),
  );

  app.get(
    '/providers/:id/time-off',
    {
      config: { access: { action: 'working_hours.read' } },
      schema: { tags, params: ProviderParams, response: { 200: TimeOffList, ...problemResponses(404) } },
    },
    (request) => listTimeOff(ctx, request.params.id),
  );

  app.post(
    '/providers/:id/time-off',
    {
      config: { access: { action: 'working_hours.manage' } },
      schema: {
        tags,
        params: ProviderParams,
        body: CreateTimeOffInput,
        response: { 201: TimeOff, ...problemResponses(400, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addTimeOff(ctx, requireActor(request), request.params.id, request.body, auditSource(request)),
        ),
  );

  app.delete(
    '/providers/:id/time-off/:timeOffId',
    {
      config: { access: { action: 'working_hours.manage' } },
      schema: { tags, params: TimeOffParams, response: { 204: z.null(), ...problemResponses(403, 404) } },
    },
    async (request, reply) => {
      const { id, timeOffId } = request.params;
      await deleteTimeOff(ctx, requireActor(request), id, timeOffId, auditSource(request));
      return reply.code(204).send(null);
    },
  );
};
