import { AuditEventPage, ListAuditEventsQuery } from '../../../shared/audit.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { listAuditEvents } from './list-audit-events.ts';

export const auditRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/audit-events',
    {
      config: { access: { action: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'Audit trail, newest first',
        querystring: ListAuditEventsQuery,
        response: { 200: AuditEventPage, ...problemResponses(400, 401, 403, 422) },
      },
    },
    (request) => listAuditEvents(ctx.db, request.query),
  );
};
