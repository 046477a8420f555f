import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ClinicSettings } from '../../../shared/clinic.ts';
import type { Db } from '../../db/engine.ts';
import { problemResponses } from '../../http/openapi.ts';
import { getClinicSettings, updateClinicSettings } from './service.ts';

export const clinicRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/clinic',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['clinic'],
        summary: 'Clinic settings',
        response: { 200: ClinicSettings },
      },
    },
    () => getClinicSettings(db),
  );

  app.put(
    '/clinic',
    {
      config: { access: { action: 'clinic.update' } },
      schema: {
        tags: ['clinic'],
        summary: 'Replace clinic settings',
        body: ClinicSettings,
        response: { 200: ClinicSettings, ...problemResponses(400, 422) },
      },
    },
    (request) => updateClinicSettings(db, request.body),
  );
};
