import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Typed view of the table created by migrations/0009_calendar_feeds.sql. It lives with the
// module rather than in db/schema.ts: nothing outside the calendar feed reads tokens.

export const calendarFeedTokens = pgTable('calendar_feed_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  providerId: uuid('provider_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by').notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export type CalendarFeedTokenRow = typeof calendarFeedTokens.$inferSelect;
