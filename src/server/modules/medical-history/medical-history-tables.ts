import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Allergy, Condition, MedicalAlert, Medication } from '../../../shared/medical-history.ts';

// Typed view of the table created by migrations/0006_medical_history.sql. It lives with the
// module rather than in db/schema.ts: other modules read medical history through this
// module's functions (currentAlerts), never the table.

export const medicalHistoryVersions = pgTable(
  'medical_history_versions',
  {
    patientId: uuid('patient_id').notNull(),
    version: integer('version').notNull(),
    allergies: jsonb('allergies').$type<Allergy[]>().notNull(),
    medications: jsonb('medications').$type<Medication[]>().notNull(),
    conditions: jsonb('conditions').$type<Condition[]>().notNull(),
    alerts: jsonb('alerts').$type<MedicalAlert[]>().notNull(),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').notNull(),
    createdByRole: text('created_by_role').notNull(),
  },
  (table) => [primaryKey({ columns: [table.patientId, table.version] })],
);

export type MedicalHistoryVersionRow = typeof medicalHistoryVersions.$inferSelect;
