import type { AuditEventSummary } from '../../../shared/audit.ts';
import { type CsvColumn, writeCsv } from '../../lib/csv-table.ts';

const fields: (keyof AuditEventSummary)[] = [
  'id',
  'at',
  'actorId',
  'actorName',
  'actorRole',
  'action',
  'entity',
  'entityId',
  'patientId',
  'patientName',
  'ip',
  'outcome',
];

const columns: CsvColumn<AuditEventSummary>[] = fields.map((field) => ({
  header: field,
  kind: 'text',
  value: (event) => event[field],
}));

/** RFC 4180 CSV of the events (a header row, CRLF line ends), instants in UTC as ISO 8601. */
export function auditEventsCsv(events: AuditEventSummary[]): string {
  return writeCsv({ columns, rows: events });
}
