import { z } from 'zod';
import { AuditChainVerification, AuditEventPage, ListAuditEventsQuery } from '../../../shared/audit.ts';
import { auditSource } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import { prefersCsv } from '../../http/prefers-csv.ts';
import type { ApiModule } from '../api-modules.ts';
import { checkAuditChain } from './check-audit-chain.ts';
import { exportAuditEvents } from './export-audit-events.ts';
import { viewAuditEvents } from './view-audit-events.ts';

const tags = ['audit'];

export const auditRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/audit-events',
    {
      config: { access: { action: 'audit.read' } },
      schema: {
        tags,
        summary: 'Audit trail, newest first',
        description:
          'With `Accept: text/csv`, every event matching the filters as RFC 4180 CSV (`limit` and `cursor` do not apply); more than 10,000 is `422 export_too_large`. Reading and exporting are recorded.',
        querystring: ListAuditEventsQuery,
        response: {
          200: {
            description: 'A page of events, or the CSV export',
            content: {
              'application/json': { schema: AuditEventPage },
              'text/csv': { schema: z.string() },
            },
          },
          ...problemResponses(400, 401, 403, 422),
        },
      },
    },
    async (request, reply) => {
      reply.header('vary', 'accept');
      const source = auditSource(request);
      if (!prefersCsv(request.headers.accept)) return viewAuditEvents(ctx, request.query, source);
      const csv = await exportAuditEvents(ctx, request.query, source);
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', 'attachment; filename="audit-events.csv"')
        .send(csv);
    },
  );

  app.get(
    '/audit-events/verification',
    {
      config: { access: { action: 'audit.read' } },
      schema: {
        tags,
        summary: 'Verify the audit trail’s HMAC chain from the first event to the chain head',
        response: { 200: AuditChainVerification, ...problemResponses(401, 403) },
      },
    },
    (request) => checkAuditChain(ctx, auditSource(request)),
  );
};
