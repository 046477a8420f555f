import { sql } from 'drizzle-orm';
import { check, integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

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
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('clinic_settings_single_row', sql`${table.id} = 1`)],
);
