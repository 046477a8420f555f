import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Typed view of the tables; the SQL files in migrations/ are what creates them. */
export const clinicSettings = pgTable(
  'clinic_settings',
  {
    id: smallint('id').primaryKey().default(1),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    currency: text('currency').notNull(),
    phone: text('phone'),
    address: text('address'),
    minNoticeMinutes: integer('min_notice_minutes').notNull(),
    maxAdvanceDays: integer('max_advance_days').notNull(),
    cancellationNoticeHours: integer('cancellation_notice_hours').notNull(),
    slotStepMinutes: integer('slot_step_minutes').notNull(),
    locale: text('locale').notNull(),
    country: text('country').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('clinic_settings_single_row', sql`${table.id} = 1`)],
);
export * from './identity-tables.ts';

/** Mail kept instead of sent when no SMTP server is configured (modules/mail/dev-mailbox.ts). */
export const devMailbox = pgTable(
  'dev_mailbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('dev_mailbox_created_at').on(table.createdAt, table.id)],
);
export * from './billing-tables.ts';
export * from './scheduling-tables.ts';
