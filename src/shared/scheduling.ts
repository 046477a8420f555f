import { z } from 'zod';
import { IsoDate } from './auth.ts';
import { PatientAlert } from './patients.ts';

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #1c7ed6');
const Id = (what: string) => z.uuid(`Not a ${what} id`);
/** An instant with an explicit offset (`2026-03-08T09:30:00-05:00` or `…Z`). */
export const Instant = z.iso.datetime({ offset: true, message: 'Use an ISO 8601 date-time with an offset' });
// PostgreSQL text cannot hold U+0000; refusing it here makes it a 422 instead of a failed insert.
const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'Must not contain NUL characters');
// Far-off instants are typing mistakes, and year 0 or 10000 is beyond what PostgreSQL stores.
const ScheduleInstant = Instant.refine((value) => {
  const time = Date.parse(value);
  return time >= Date.UTC(1900, 0, 1) && time < Date.UTC(9999, 0, 1);
}, 'Use a date-time between 1900 and 9998');
const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM between 00:00 and 24:00');

export const Provider = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  color: z.string(),
  active: z.boolean(),
  userId: z.uuid().nullable().optional().describe('Only shown to staff'),
});
export type Provider = z.infer<typeof Provider>;

export const CreateProviderInput = z.strictObject({
  name: Text(200).min(1, 'Required'),
  title: Text(100).nullable().optional(),
  color: Color.optional(),
  active: z.boolean().optional(),
  userId: Id('user').nullable().optional(),
});
export const UpdateProviderInput = CreateProviderInput.partial();

export const WorkingInterval = z
  .strictObject({
    weekday: z
      .int()
      .min(1, 'ISO weekday: 1 = Monday … 7 = Sunday')
      .max(7, 'ISO weekday: 1 = Monday … 7 = Sunday'),
    start: LocalTime,
    end: LocalTime,
  })
  .refine((interval) => interval.end > interval.start, { message: 'End must be after start', path: ['end'] });
export type WorkingInterval = z.infer<typeof WorkingInterval>;

export const WorkingHours = z
  .array(WorkingInterval)
  .max(70)
  .superRefine((intervals, context) => {
    intervals.forEach((interval, index) => {
      const overlapping = intervals.findIndex(
        (other, otherIndex) =>
          otherIndex !== index &&
          other.weekday === interval.weekday &&
          other.start < interval.end &&
          interval.start < other.end,
      );
      if (overlapping !== -1 && overlapping < index) {
        context.addIssue({
          code: 'custom',
          message: 'Overlaps another interval on the same day',
          path: [index, 'start'],
        });
      }
    });
  });

export const TimeOff = z.object({
  id: z.uuid(),
  start: z.string(),
  end: z.string(),
  reason: z.string().nullable(),
});
export const CreateTimeOffInput = z
  .strictObject({ start: ScheduleInstant, end: ScheduleInstant, reason: Text(200).nullable().optional() })
  .refine((input) => Date.parse(input.end) > Date.parse(input.start), {
    message: 'End must be after start',
    path: ['end'],
  });

export const Holiday = z.object({ id: z.uuid(), date: z.string(), name: z.string() });
export const CreateHolidayInput = z.strictObject({
  date: IsoDate.refine((date) => date >= '1900-01-01', 'Use a date from 1900 on'),
  name: Text(200).min(1, 'Required'),
});

export const AppointmentType = z.object({
  id: z.uuid(),
  name: z.string(),
  durationMinutes: z.int(),
  bufferMinutes: z.int(),
  priceCents: z.int(),
  depositCents: z.int().describe('Paid by card when a patient books online; 0: none'),
  color: z.string(),
  bookableOnline: z.boolean(),
  active: z.boolean(),
  providerIds: z.array(z.uuid()).describe('Providers who offer it; empty means all'),
});
export type AppointmentType = z.infer<typeof AppointmentType>;

/** How long one appointment may be, by its type or resized in the book. */
export const appointmentMinutes = { min: 5, max: 600 } as const;

export const CreateAppointmentTypeInput = z.strictObject({
  name: Text(200).min(1, 'Required'),
  durationMinutes: z.int().min(appointmentMinutes.min).max(appointmentMinutes.max),
  bufferMinutes: z.int().min(0).max(240).optional(),
  priceCents: z.int().min(0).max(100_000_000).optional(),
  depositCents: z.int().min(0).max(100_000_000).optional(),
  color: Color.optional(),
  bookableOnline: z.boolean().optional(),
  active: z.boolean().optional(),
  providerIds: z.array(Id('provider')).max(200).optional(),
});
export const UpdateAppointmentTypeInput = CreateAppointmentTypeInput.partial();

export const Operatory = z.object({ id: z.uuid(), name: z.string(), active: z.boolean() });
export const CreateOperatoryInput = z.strictObject({
  name: Text(100).min(1, 'Required'),
  active: z.boolean().optional(),
});
export const UpdateOperatoryInput = CreateOperatoryInput.partial();

export type CreateProviderInput = z.infer<typeof CreateProviderInput>;
export type UpdateProviderInput = z.infer<typeof UpdateProviderInput>;
export type TimeOff = z.infer<typeof TimeOff>;
export type CreateTimeOffInput = z.infer<typeof CreateTimeOffInput>;
export type Holiday = z.infer<typeof Holiday>;
export type CreateHolidayInput = z.infer<typeof CreateHolidayInput>;
export type CreateAppointmentTypeInput = z.infer<typeof CreateAppointmentTypeInput>;
export type UpdateAppointmentTypeInput = z.infer<typeof UpdateAppointmentTypeInput>;
export type Operatory = z.infer<typeof Operatory>;
export type CreateOperatoryInput = z.infer<typeof CreateOperatoryInput>;
export type UpdateOperatoryInput = z.infer<typeof UpdateOperatoryInput>;

/** The set-up catalogs are small: every list fits one page, so `nextCursor` is always null. */
const catalogList = <Item extends z.ZodType>(item: Item) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export const ProviderList = catalogList(Provider);
export const TimeOffList = catalogList(TimeOff);
export const HolidayList = catalogList(Holiday);
export const AppointmentTypeList = catalogList(AppointmentType);
export const OperatoryList = catalogList(Operatory);

/** A provider's week and the time off that overlaps the dates asked for: what a calendar shades. */
export const ProviderSchedule = z.object({
  providerId: z.uuid(),
  workingHours: WorkingHours,
  timeOff: z.array(TimeOff),
});
export type ProviderSchedule = z.infer<typeof ProviderSchedule>;
export const ProviderScheduleList = catalogList(ProviderSchedule);

export const ProviderScheduleQuery = z.strictObject({ from: IsoDate, to: IsoDate });
export type ProviderScheduleQuery = z.infer<typeof ProviderScheduleQuery>;

export const CatalogListQuery = z.strictObject({
  includeInactive: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Staff only: also list inactive entries'),
});
export type CatalogListQuery = z.infer<typeof CatalogListQuery>;

export const appointmentStatuses = [
  'scheduled',
  'confirmed',
  'checked_in',
  'in_progress',
  'completed',
  'cancelled',
  'no_show',
] as const;
export const AppointmentStatus = z.enum(appointmentStatuses);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const Appointment = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  providerId: z.uuid(),
  operatoryId: z.uuid().nullable(),
  appointmentTypeId: z.uuid(),
  start: z.string(),
  end: z.string(),
  status: AppointmentStatus,
  notes: z.string().nullable(),
  cancelReason: z.string().nullable(),
  seriesId: z.uuid().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Appointment = z.infer<typeof Appointment>;

/** Who an appointment is for, as the calendar shows it: the name and the alert badges. */
export const AppointmentPatient = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  archived: z.boolean().describe('Archived: kept for the record, no longer seen (the book marks the visit)'),
  alerts: z
    .array(PatientAlert)
    .describe('Current allergies and alert flags, from the latest medical history'),
});
export type AppointmentPatient = z.infer<typeof AppointmentPatient>;

/** An appointment in the list: staff also get the patient, so a calendar needs one request per range. */
export const AppointmentListItem = Appointment.extend({
  patient: AppointmentPatient.optional().describe('Staff only: the patient’s name and current alerts'),
});
export type AppointmentListItem = z.infer<typeof AppointmentListItem>;
export const AppointmentList = z.object({
  items: z.array(AppointmentListItem),
  nextCursor: z.string().nullable(),
});

export const BookAppointmentInput = z.strictObject({
  patientId: Id('patient'),
  providerId: Id('provider'),
  appointmentTypeId: Id('appointment type'),
  start: Instant,
  operatoryId: Id('operatory').nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
  override: z.boolean().optional().describe('Staff only: book outside the provider’s working hours'),
  allowPast: z
    .boolean()
    .optional()
    .describe(
      'Staff only: book a time that has already started (`POST /appointments`); without it such a time is `422 in_the_past`, and a patient always gets `422 in_the_past`',
    ),
  holdId: Id('hold').optional().describe('Turn this hold into the appointment'),
});
export type BookAppointmentInput = z.infer<typeof BookAppointmentInput>;

export const Hold = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  start: z.string(),
  end: z.string(),
  expiresAt: z.string(),
});

export const RescheduleInput = z.strictObject({
  start: Instant.optional(),
  end: Instant.optional().describe(
    `Resizes the visit (staff only): its new end, whole minutes, ${appointmentMinutes.min} to ${appointmentMinutes.max} minutes after the start. Without it a moved visit keeps its length.`,
  ),
  providerId: Id('provider').optional(),
  operatoryId: Id('operatory').nullable().optional(),
  appointmentTypeId: Id('appointment type')
    .optional()
    .describe(
      'Staff only: another type; without `end` the visit takes the new type’s length, checked like a move',
    ),
  notes: z.string().trim().max(2000).nullable().optional(),
  override: z.boolean().optional(),
});
export const StatusChangeInput = z.strictObject({ status: AppointmentStatus });
export const CancelInput = z.strictObject({ reason: z.string().trim().max(500).nullable().optional() });

export const AvailabilityQuery = z.strictObject({
  appointmentTypeId: Id('appointment type'),
  from: IsoDate,
  to: IsoDate,
  providerId: Id('provider').optional(),
});
export const Slot = z.object({ providerId: z.uuid(), start: z.string(), end: z.string() });
export const Availability = z.object({ timeZone: z.string(), slots: z.array(Slot) });

export const Blocker = z.object({
  resource: z.enum(['provider', 'operatory', 'patient', 'time_off']),
  appointmentId: z.uuid().optional(),
  start: z.string(),
  end: z.string(),
  viaBuffer: z
    .boolean()
    .optional()
    .describe(
      'True when only a clean-up buffer (the other visit’s or this one’s) is in the way, not the visits',
    ),
});
export type Blocker = z.infer<typeof Blocker>;

/** The extensions of `422 outside_working_hours` (staff booking). */
export const OutsideWorkingHours = z.object({
  reason: z
    .enum(['hours', 'buffer'])
    .describe('`buffer`: the visit fits the hours but its clean-up buffer runs past them'),
  bufferMinutes: z.number().int(),
  blockers: z
    .array(Blocker)
    .describe('Visits that would still be in the way if the hours were overridden')
    .default([]),
});
export type OutsideWorkingHours = z.infer<typeof OutsideWorkingHours>;

export const AppointmentListQuery = z.strictObject({
  from: z.union([Instant, IsoDate]).optional(),
  to: z.union([Instant, IsoDate]).optional(),
  providerId: Id('provider').optional(),
  patientId: Id('patient').optional(),
  status: AppointmentStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.string().max(200).optional(),
});
