import { useMutation } from '@tanstack/react-query';
import { apiUrl } from '../../../api/api-url.ts';
import { downloadFile } from '../../../api/download-file.ts';
import type { AuditFilters } from './use-audit-events.ts';

/** GET /audit-events as text/csv for the filters shown, saved as `fileName`. */
export function useExportAuditEvents() {
  return useMutation({
    mutationFn: ({ filters, fileName }: { filters: AuditFilters; fileName: string }) =>
      downloadFile(apiUrl('/api/v1/audit-events', { ...filters }), fileName, 'text/csv'),
  });
}
