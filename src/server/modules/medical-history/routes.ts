import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  MedicalHistory,
  MedicalHistoryInput,
  MedicalHistoryVersionList,
  MedicalHistoryVersionsQuery,
} from '../../../shared/medical-history.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { parseIfMatch } from '../../http/if-match.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { listMedicalHistoryVersions } from './list-medical-history-versions.ts';
import { medicalHistoryEtag } from './medical-history-view.ts';
import { readMedicalHistory, readMedicalHistoryVersion } from './read-medical-history.ts';
import { updateMedicalHistory } from './update-medical-history.ts';

const tags = ['medical history'];
const PatientParams = z.strictObject({ id: z.uuid('Not a patient id') });
const VersionParams = PatientParams.extend({ version: z.coerce.number().int().min(1).max(2_147_483_647) });
const ConditionalHeaders = z.object({
  'if-match': z
    .string()
    .max(1000)
    .optional()
    .describe('The ETag of the version the change is based on; a stale one gets 412'),
});

// Health data must not linger in browser or proxy caches.
function privateHealthData(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store');
}

export const medicalHistoryRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/patients/:id/medical-history',
    {
      config: { access: { action: 'medical_history.read' } },
      schema: {
        tags,
        summary: 'Current medical history',
        params: PatientParams,
        response: { 200: MedicalHistory, ...problemResponses(404, 422) },
      },
    },
    async (request, reply) => {
      const history = await readMedicalHistory(
        ctx,
        requireActor(request),
        request.params.id,
        auditSource(request),
      );
      return privateHealthData(reply).header('etag', medicalHistoryEtag(history.version)).send(history);
    },
  );

  app.put(
    '/patients/:id/medical-history',
    {
      config: { access: { action: 'medical_history.update' } },
      schema: {
        tags,
        summary: 'Record the whole medical history as a new version',
        params: PatientParams,
        headers: ConditionalHeaders,
        body: MedicalHistoryInput,
        response: { 200: MedicalHistory, ...problemResponses(400, 404, 412, 422) },
      },
    },
    async (request, reply) => {
      const history = await updateMedicalHistory(
        ctx,
        requireActor(request),
        {
          patientId: request.params.id,
          content: request.body,
          precondition: parseIfMatch(request.headers['if-match']),
        },
        auditSource(request),
      );
      return privateHealthData(reply).header('etag', medicalHistoryEtag(history.version)).send(history);
    },
  );

  app.get(
    '/patients/:id/medical-history/versions',
    {
      config: { access: { action: 'medical_history.read' } },
      schema: {
        tags,
        summary: 'Versions of the medical history, newest first',
        params: PatientParams,
        querystring: MedicalHistoryVersionsQuery,
        response: { 200: MedicalHistoryVersionList, ...problemResponses(404, 422) },
      },
    },
    async (request, reply) => {
      const list = await listMedicalHistoryVersions(
        ctx,
        requireActor(request),
        { patientId: request.params.id, ...request.query },
        auditSource(request),
      );
      return privateHealthData(reply).send(list);
    },
  );

  app.get(
    '/patients/:id/medical-history/versions/:version',
    {
      config: { access: { action: 'medical_history.read' } },
      schema: {
        tags,
        summary: 'One version of the medical history as it was recorded',
        params: VersionParams,
        response: { 200: MedicalHistory, ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) => {
      const history = await readMedicalHistoryVersion(
        ctx,
        requireActor(request),
        request.params.id,
        request.params.version,
        auditSource(request),
      );
      return privateHealthData(reply).send(history);
    },
  );
};
