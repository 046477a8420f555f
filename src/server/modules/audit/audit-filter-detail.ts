import type { AuditEventFilters } from '../../../shared/audit.ts';

/** The filters a viewer used, as the detail of the event recording the view: only those set. */
export function auditFilterDetail(filters: AuditEventFilters): Record<string, string> {
  const detail: Record<string, string> = {};
  for (const key of ['actorId', 'patientId', 'action', 'from', 'to'] as const) {
    const value = filters[key];
    if (value !== undefined) detail[key] = value;
  }
  return detail;
}
