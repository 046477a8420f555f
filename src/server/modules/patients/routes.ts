import { z } from 'zod';
import {
  CreatePatientInput,
  DuplicateCandidates,
  Patient,
  PatientList,
  PatientSearchQuery,
  UpdatePatientInput,
} from '../../../shared/patients.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { IfMatchHeaders, parseIfMatch, versionEtag } from '../../http/if-match.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { createPatient } from './create-patient.ts';
import { getPatient } from './get-patient.ts';
import { searchPatients } from './search-patients.ts';
import { setPatientArchived, updatePatient } from './update-patient.ts';

const tags = ['patients'];
const PatientParams = z.strictObject({ id: z.uuid('Not a patient id') });
export const patientsRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/patients',
    {
      config: { access: { action: 'patients.search' } },
      schema: {
        tags,
        summary: 'Search as you type (name, phone digits, email, date of birth) or list alphabetically',
        querystring: PatientSearchQuery,
        response: { 200: PatientList, ...problemResponses(400, 422) },
      },
    },
    (request) => searchPatients(ctx, request.query, auditSource(request)),
  );

  app.post(
    '/patients',
    {
      config: { access: { action: 'patients.create' } },
      schema: {
        tags,
        body: CreatePatientInput,
        response: {
          201: Patient,
          409: DuplicateCandidates.extend({
            code: z.string(),
            status: z.int(),
            title: z.string(),
            type: z.string(),
          }).loose(),
          ...problemResponses(400, 422),
        },
      },
    },
    async (request, reply) => {
      const patient = await createPatient(ctx, requireActor(request), request.body, auditSource(request));
      return reply.code(201).header('etag', versionEtag(patient.version)).send(patient);
    },
  );

  app.get(
    '/patients/:id',
    {
      config: { access: { action: 'patients.read' } },
      schema: { tags, params: PatientParams, response: { 200: Patient, ...problemResponses(404) } },
    },
    async (request, reply) => {
      const patient = await getPatient(ctx, requireActor(request), request.params.id, auditSource(request));
      return reply.header('etag', versionEtag(patient.version)).send(patient);
    },
  );

  app.patch(
    '/patients/:id',
    {
      config: { access: { action: 'patients.update' } },
      schema: {
        tags,
        params: PatientParams,
        headers: IfMatchHeaders,
        body: UpdatePatientInput,
        response: { 200: Patient, ...problemResponses(400, 403, 404, 412, 422) },
      },
    },
    async (request, reply) => {
      const patient = await updatePatient(
        ctx,
        requireActor(request),
        request.params.id,
        request.body,
        parseIfMatch(request.headers['if-match']),
        auditSource(request),
      );
      return reply.header('etag', versionEtag(patient.version)).send(patient);
    },
  );

  for (const [path, archived] of [
    ['/patients/:id/archive', true],
    ['/patients/:id/unarchive', false],
  ] as const) {
    app.post(
      path,
      {
        config: { access: { action: 'patients.archive' } },
        schema: { tags, params: PatientParams, response: { 200: Patient, ...problemResponses(404) } },
      },
      async (request, reply) => {
        const patient = await setPatientArchived(
          ctx,
          requireActor(request),
          request.params.id,
          archived,
          auditSource(request),
        );
        return reply.header('etag', versionEtag(patient.version)).send(patient);
      },
    );
  }
};
