import { type AuditEventFilters, auditExportLimit } from '../../../shared/audit.ts';
import type { AppContext } from '../../context.ts';
import { problem } from '../../lib/problem.ts';
import { auditEventsCsv } from './audit-events-csv.ts';
import { auditFilterDetail } from './audit-filter-detail.ts';
import type { AuditSource } from './audit-log.ts';
import { findAuditEvents } from './find-audit-events.ts';

/**
 * Every event matching the filters as CSV, newest first, up to auditExportLimit: past it the
 * export is refused rather than cut short, since a partial trail would read as a whole one.
 * Exports, and refused attempts, are recorded.
 */
export async function exportAuditEvents(
  ctx: AppContext,
  filters: AuditEventFilters,
  source: AuditSource,
): Promise<string> {
  const rows = await findAuditEvents(ctx.db, filters, { limit: auditExportLimit + 1 });
  const tooMany = rows.length > auditExportLimit;
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'audit.export',
    entity: 'audit_event',
    patientId: filters.patientId ?? null,
    outcome: tooMany ? 'failure' : 'success',
    detail: {
      filters: auditFilterDetail(filters),
      ...(tooMany ? { reason: 'too_many_events', limit: auditExportLimit } : { count: rows.length }),
    },
  });
  if (tooMany) {
    throw problem(
      422,
      'export_too_large',
      `More than ${auditExportLimit} events match: narrow the filters (dates, user, patient or action) and export in parts.`,
      { extensions: { limit: auditExportLimit } },
    );
  }
  return auditEventsCsv(rows.map((row) => row.event));
}
