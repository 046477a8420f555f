import type { AppointmentGrouping, ProductionGrouping } from '../../../../shared/reports.ts';
import { apiUrl } from '../../../api/api-url.ts';
import type { DateRange } from '../report-filters.ts';

/** Where each report is read, as JSON or (with `Accept: text/csv`) as CSV: one path for both. */
export const reportPaths = {
  production: (period: DateRange, groupBy: ProductionGrouping) =>
    apiUrl('/api/v1/reports/production', { ...period, groupBy }),
  utilization: (period: DateRange) => apiUrl('/api/v1/reports/utilization', { ...period }),
  appointments: (period: DateRange, groupBy: AppointmentGrouping) =>
    apiUrl('/api/v1/reports/appointments', { ...period, groupBy }),
  patients: (period: DateRange) => apiUrl('/api/v1/reports/patients', { ...period }),
  aging: (asOf: string, page: { limit?: number; cursor?: string | undefined } = {}) =>
    apiUrl('/api/v1/reports/aging', { asOf, ...page }),
};
