import { sql } from 'drizzle-orm';
import type { Appointment, AppointmentStatus } from '../../../shared/scheduling.ts';
import { appointments } from '../../db/schema.ts';

/** Appointment columns with the range bounds read as instants (the range text is never parsed). */
export const appointmentColumns = {
  id: appointments.id,
  patientId: appointments.patientId,
  providerId: appointments.providerId,
  operatoryId: appointments.operatoryId,
  appointmentTypeId: appointments.appointmentTypeId,
  status: appointments.status,
  start: sql<Date>`lower(${appointments.period})`.mapWith((value: string | Date) => new Date(value)),
  end: sql<Date>`upper(${appointments.period})`.mapWith((value: string | Date) => new Date(value)),
  holdExpiresAt: appointments.holdExpiresAt,
  notes: appointments.notes,
  cancelReason: appointments.cancelReason,
  seriesId: appointments.seriesId,
  version: appointments.version,
  createdAt: appointments.createdAt,
  updatedAt: appointments.updatedAt,
};

export type AppointmentRow = {
  id: string;
  patientId: string;
  providerId: string;
  operatoryId: string | null;
  appointmentTypeId: string;
  status: (typeof appointments.$inferSelect)['status'];
  start: Date;
  end: Date;
  holdExpiresAt: Date | null;
  notes: string | null;
  cancelReason: string | null;
  seriesId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toAppointment(row: AppointmentRow): Appointment {
  return {
    id: row.id,
    patientId: row.patientId,
    providerId: row.providerId,
    operatoryId: row.operatoryId,
    appointmentTypeId: row.appointmentTypeId,
    start: row.start.toISOString(),
    end: row.end.toISOString(),
    // Holds are answered by the holds endpoints; an expired hold reads as cancelled.
    status: (row.status === 'held' || row.status === 'expired'
      ? 'cancelled'
      : row.status) as AppointmentStatus,
    notes: row.notes,
    cancelReason: row.cancelReason,
    seriesId: row.seriesId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** `[start, end)` as a tstzrange literal built by PostgreSQL from two instants. */
export function rangeOf(start: Date, end: Date) {
  return sql`tstzrange(${start.toISOString()}::timestamptz, ${end.toISOString()}::timestamptz, '[)')`;
}

/** Statuses whose time is taken; a hold counts only until it expires. */
export function occupiesTime(now: Date) {
  return sql`(${appointments.status} NOT IN ('cancelled', 'expired') AND NOT (${appointments.status} = 'held' AND ${appointments.holdExpiresAt} <= ${now.toISOString()}::timestamptz))`;
}
