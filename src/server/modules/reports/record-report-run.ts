import type { ReportName } from '../../../shared/reports.ts';
import type { AppContext } from '../../context.ts';
import type { AuditSource } from '../audit/audit-log.ts';

export type ReportFormat = 'json' | 'csv';

/** Who asked for a report and how it is sent: what its audit event records. */
export type ReportRun = { source: AuditSource; format: ReportFormat };

/**
 * Every report run leaves an event `report.<name>` with its parameters and format. Reports are
 * the clinic's figures: the detail names no patient, and patientId stays empty.
 */
export function recordReportRun(
  ctx: AppContext,
  run: ReportRun,
  report: ReportName,
  parameters: Record<string, string | number | boolean | null>,
): Promise<void> {
  return ctx.audit.record(ctx.db, {
    ...run.source,
    action: `report.${report}`,
    entity: 'report',
    entityId: report,
    outcome: 'success',
    detail: { ...parameters, format: run.format },
  });
}
