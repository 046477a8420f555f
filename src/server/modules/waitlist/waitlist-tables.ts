import { bigint, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Typed views of the tables created by migrations/0008_series_waitlist.sql. They live with the
// module rather than in db/schema.ts: only the waitlist module reads or writes them.

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const waitlistEntries = pgTable('waitlist_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  patientId: uuid('patient_id').notNull(),
  appointmentTypeId: uuid('appointment_type_id').notNull(),
  providerId: uuid('provider_id'),
  fromDate: date('from_date').notNull(),
  toDate: date('to_date').notNull(),
  notes: text('notes'),
  status: text('status', { enum: ['waiting', 'fulfilled', 'withdrawn'] })
    .notNull()
    .default('waiting'),
  appointmentId: uuid('appointment_id'),
  createdBy: uuid('created_by'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export type WaitlistEntryRow = typeof waitlistEntries.$inferSelect;

export const waitlistOffers = pgTable('waitlist_offers', {
  id: uuid('id').primaryKey().defaultRandom(),
  entryId: uuid('entry_id').notNull(),
  providerId: uuid('provider_id').notNull(),
  operatoryId: uuid('operatory_id'),
  startsAt: timestamptz('starts_at').notNull(),
  endsAt: timestamptz('ends_at').notNull(),
  expiresAt: timestamptz('expires_at').notNull(),
  status: text('status', { enum: ['open', 'accepted', 'superseded', 'withdrawn'] })
    .notNull()
    .default('open'),
  freedAppointmentId: uuid('freed_appointment_id'),
  appointmentId: uuid('appointment_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export type WaitlistOfferRow = typeof waitlistOffers.$inferSelect;
