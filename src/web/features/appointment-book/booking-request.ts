import type { PatientSummary } from '../../../shared/patients.ts';

/**
 * What the calendar hands the booking drawer when someone clicks or drags over free time:
 * instants as ISO strings with an offset, the column's provider, and its operatory when the
 * book shows operatory columns.
 */
export type BookingRequest = {
  start: string;
  end?: string;
  providerId: string;
  operatoryId?: string | null;
  /** Filled in ahead, e.g. when checkout books a patient's next visit. */
  patient?: PatientSummary;
};
