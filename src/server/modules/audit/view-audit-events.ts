import type { AuditEventPage, ListAuditEventsQuery } from '../../../shared/audit.ts';
import type { AppContext } from '../../context.ts';
import { auditFilterDetail } from './audit-filter-detail.ts';
import type { AuditSource } from './audit-log.ts';
import { listAuditEvents } from './list-audit-events.ts';

/**
 * A page of the trail for an administrator; reading the trail is itself recorded, with the
 * filters used, after the read, so that the page shown never contains its own view.
 */
export async function viewAuditEvents(
  ctx: AppContext,
  query: ListAuditEventsQuery,
  source: AuditSource,
): Promise<AuditEventPage> {
  const page = await listAuditEvents(ctx.db, query);
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'audit.list',
    entity: 'audit_event',
    patientId: query.patientId ?? null,
    outcome: 'success',
    detail: {
      filters: auditFilterDetail(query),
      nextPage: query.cursor !== undefined,
      count: page.items.length,
    },
  });
  return page;
}
