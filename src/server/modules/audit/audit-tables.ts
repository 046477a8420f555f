import { bigint, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Typed views of the tables created by migrations/0003_audit.sql. They live with the module
// rather than in db/schema.ts because nothing outside the audit module may touch them.

export const auditEvents = pgTable('audit_events', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  id: uuid('id').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actorId: uuid('actor_id'),
  actorRole: text('actor_role'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  patientId: uuid('patient_id'),
  ip: text('ip'),
  userAgent: text('user_agent'),
  outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
  detail: jsonb('detail'),
  prevMac: text('prev_mac').notNull(),
  mac: text('mac').notNull(),
});

export type AuditEventRow = typeof auditEvents.$inferSelect;

export const auditChainHead = pgTable('audit_chain_head', {
  id: smallint('id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastMac: text('last_mac').notNull(),
});
