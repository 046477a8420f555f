import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Typed view of the table created by migrations/0008_series_waitlist.sql. It lives with the
// module rather than in db/schema.ts: only the recurring module reads or writes series.

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const appointmentSeries = pgTable('appointment_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  patientId: uuid('patient_id').notNull(),
  providerId: uuid('provider_id').notNull(),
  appointmentTypeId: uuid('appointment_type_id').notNull(),
  operatoryId: uuid('operatory_id'),
  rrule: text('rrule').notNull(),
  timeZone: text('time_zone').notNull(),
  firstStart: timestamptz('first_start').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export type AppointmentSeriesRow = typeof appointmentSeries.$inferSelect;
