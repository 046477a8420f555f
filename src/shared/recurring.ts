import { z } from 'zod';
import { Appointment, Blocker, Instant } from './scheduling.ts';

/** A series ends by COUNT (at most this many visits) or by UNTIL (at most this far ahead). */
export const maxSeriesCount = 52;
export const maxSeriesYears = 2;
/** However the rule ends, no series books more visits than a weekly one over two years, both ends included. */
export const maxSeriesOccurrences = 105;

// Only the characters an RRULE value uses: no line breaks, so no DTSTART, RDATE or other
// property can ride along; the first visit comes from `start`.
const recurrenceRulePattern = /^(RRULE:)?[A-Za-z0-9=;,:+-]+$/;

export const RecurrenceRule = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(300)
  .regex(recurrenceRulePattern, 'Use an RFC 5545 RRULE such as FREQ=WEEKLY;INTERVAL=2;COUNT=6')
  .describe(
    `RFC 5545 RRULE value, e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=6; COUNT ≤ ${maxSeriesCount} or UNTIL within ${maxSeriesYears} years`,
  );

// Far-off instants are typing mistakes, and year 0 or 10000 is beyond what PostgreSQL stores.
const SeriesStart = Instant.refine((value) => {
  const time = Date.parse(value);
  return time >= Date.UTC(1900, 0, 1) && time < Date.UTC(9990, 0, 1);
}, 'Use a date-time between 1900 and 9989');

export const CreateAppointmentSeriesInput = z.strictObject({
  patientId: z.uuid('Not a patient id'),
  providerId: z.uuid('Not a provider id'),
  appointmentTypeId: z.uuid('Not an appointment type id'),
  start: SeriesStart.describe(
    'The first visit; later ones keep its local wall-clock time in the clinic zone',
  ),
  operatoryId: z.uuid('Not an operatory id').nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
  rrule: RecurrenceRule,
});
export type CreateAppointmentSeriesInput = z.infer<typeof CreateAppointmentSeriesInput>;

export const AppointmentSeries = z.object({
  seriesId: z.uuid(),
  patientId: z.uuid(),
  providerId: z.uuid(),
  appointmentTypeId: z.uuid(),
  operatoryId: z.uuid().nullable(),
  rrule: z.string(),
  timeZone: z.string().describe('The zone the rule was expanded in'),
  appointments: z.array(Appointment).describe('Every visit of the series, cancelled ones included, by start'),
});
export type AppointmentSeries = z.infer<typeof AppointmentSeries>;

export const CancelAppointmentSeriesInput = z.strictObject({
  fromAppointmentId: z
    .uuid('Not an appointment id')
    .optional()
    .describe('Cancel this visit and every later one; without it, every visit still ahead'),
  reason: z.string().trim().max(500).nullable().optional(),
});
export type CancelAppointmentSeriesInput = z.infer<typeof CancelAppointmentSeriesInput>;

export const seriesConflictReasons = ['slot_unavailable', 'outside_working_hours'] as const;

/** One visit of a `409 series_conflict`: nothing was booked, and this is why. */
export const SeriesConflict = z.object({
  start: z.string(),
  end: z.string(),
  reason: z.enum(seriesConflictReasons),
  blockers: z.array(Blocker).optional(),
});
export type SeriesConflict = z.infer<typeof SeriesConflict>;
