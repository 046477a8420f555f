import { z } from 'zod';
import { AppointmentStatus } from './scheduling.ts';

export const appointmentHistoryKinds = [
  'booked',
  'rescheduled',
  'details_changed',
  'status_changed',
  'cancelled',
  'reopened',
] as const;
export const AppointmentHistoryKind = z.enum(appointmentHistoryKinds);
export type AppointmentHistoryKind = z.infer<typeof AppointmentHistoryKind>;

/** The parts of a visit a change may touch, as the history names them (never their text). */
export const appointmentChangedFields = ['start', 'end', 'provider', 'chair', 'type', 'notes'] as const;
export const AppointmentChangedField = z.enum(appointmentChangedFields);
export type AppointmentChangedField = z.infer<typeof AppointmentChangedField>;

/** One thing that happened to an appointment, read from the audit trail. */
export const AppointmentHistoryEvent = z.object({
  id: z.uuid().describe('The audit event it was read from'),
  at: z.iso.datetime(),
  actorName: z.string().nullable().describe('The user’s name as it is now; null for users no longer on file'),
  actorRole: z.string().nullable(),
  kind: AppointmentHistoryKind,
  fromStatus: AppointmentStatus.nullable().describe(
    'status_changed, cancelled and reopened: the status before',
  ),
  toStatus: AppointmentStatus.nullable().describe('status_changed, cancelled and reopened: the status after'),
  start: z.string().nullable().describe('rescheduled: the new start'),
  end: z.string().nullable().describe('rescheduled: the new end, when the visit was resized'),
  changedFields: z
    .array(AppointmentChangedField)
    .describe('rescheduled and details_changed: what changed; empty for changes recorded before it was kept'),
  cancelReason: z.string().nullable().describe('cancelled: the reason given, if any'),
  seriesId: z.uuid().nullable().describe('booked or cancelled as part of a recurring series'),
});
export type AppointmentHistoryEvent = z.infer<typeof AppointmentHistoryEvent>;

export const AppointmentHistory = z.object({
  appointmentId: z.uuid(),
  events: z.array(AppointmentHistoryEvent).describe('Oldest first'),
});
export type AppointmentHistory = z.infer<typeof AppointmentHistory>;
