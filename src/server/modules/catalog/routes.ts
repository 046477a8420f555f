import { z } from 'zod';
import {
  AppointmentType,
  AppointmentTypeList,
  CatalogListQuery,
  CreateAppointmentTypeInput,
  CreateHolidayInput,
  CreateOperatoryInput,
  Holiday,
  HolidayList,
  Operatory,
  OperatoryList,
  UpdateAppointmentTypeInput,
  UpdateOperatoryInput,
} from '../../../shared/scheduling.ts';
import { auditSource } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { createAppointmentType } from './create-appointment-type.ts';
import { createHoliday } from './create-holiday.ts';
import { createOperatory } from './create-operatory.ts';
import { deleteHoliday } from './delete-holiday.ts';
import { listAppointmentTypes } from './list-appointment-types.ts';
import { listHolidays } from './list-holidays.ts';
import { listOperatories } from './list-operatories.ts';
import { updateAppointmentType } from './update-appointment-type.ts';
import { updateOperatory } from './update-operatory.ts';

const HolidayParams = z.strictObject({ id: z.uuid('Not a holiday id') });
const AppointmentTypeParams = z.strictObject({ id: z.uuid('Not an appointment type id') });
const OperatoryParams = z.strictObject({ id: z.uuid('Not an operatory id') });

/** What the schedule is built from: closed days, kinds of visit, chairs and rooms. */
export const catalogRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/holidays',
    {
      config: { access: { action: 'holidays.read' } },
      schema: { tags: ['holidays'], response: { 200: HolidayList } },
    },
    () => listHolidays(ctx),
  );

  app.post(
    '/holidays',
    {
      config: { access: { action: 'holidays.manage' } },
      schema: {
        tags: ['holidays'],
        body: CreateHolidayInput,
        response: { 201: Holiday, ...problemResponses(400, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createHoliday(ctx, request.body, auditSource(request))),
  );

  app.delete(
    '/holidays/:id',
    {
      config: { access: { action: 'holidays.manage' } },
      schema: {
        tags: ['holidays'],
        params: HolidayParams,
        response: { 204: z.null(), ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      await deleteHoliday(ctx, request.params.id, auditSource(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/appointment-types',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['appointment-types'],
        summary: 'Online-bookable types for everyone; staff see every active type (and inactive on request)',
        querystring: CatalogListQuery,
        response: { 200: AppointmentTypeList, ...problemResponses(400) },
      },
    },
    (request) => listAppointmentTypes(ctx, request.actor, request.query),
  );

  app.post(
    '/appointment-types',
    {
      config: { access: { action: 'appointment_types.manage' } },
      schema: {
        tags: ['appointment-types'],
        body: CreateAppointmentTypeInput,
        response: { 201: AppointmentType, ...problemResponses(400, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createAppointmentType(ctx, request.body, auditSource(request))),
  );

  app.patch(
    '/appointment-types/:id',
    {
      config: { access: { action: 'appointment_types.manage' } },
      schema: {
        tags: ['appointment-types'],
        params: AppointmentTypeParams,
        body: UpdateAppointmentTypeInput,
        response: { 200: AppointmentType, ...problemResponses(400, 404, 422) },
      },
    },
    (request) => updateAppointmentType(ctx, request.params.id, request.body, auditSource(request)),
  );

  app.get(
    '/operatories',
    {
      config: { access: { action: 'operatories.read' } },
      schema: {
        tags: ['operatories'],
        querystring: CatalogListQuery,
        response: { 200: OperatoryList, ...problemResponses(400) },
      },
    },
    (request) => listOperatories(ctx, request.query),
  );

  app.post(
    '/operatories',
    {
      config: { access: { action: 'operatories.manage' } },
      schema: {
        tags: ['operatories'],
        body: CreateOperatoryInput,
        response: { 201: Operatory, ...problemResponses(400, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createOperatory(ctx, request.body, auditSource(request))),
  );

  app.patch(
    '/operatories/:id',
    {
      config: { access: { action: 'operatories.manage' } },
      schema: {
        tags: ['operatories'],
        params: OperatoryParams,
        body: UpdateOperatoryInput,
        response: { 200: Operatory, ...problemResponses(400, 404, 409, 422) },
      },
    },
    (request) => updateOperatory(ctx, request.params.id, request.body, auditSource(request)),
  );
};
