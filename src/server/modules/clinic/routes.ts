import { ClinicSettings } from '../../../shared/clinic.ts';
import { auditSource } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { getClinicSettings, updateClinicSettings } from './service.ts';

export const clinicRoutes: ApiModule = async (app, { ctx }) => {
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
    () => getClinicSettings(ctx.db),
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
    (request) => updateClinicSettings(ctx, request.body, auditSource(request)),
  );
};
