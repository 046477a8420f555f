import { eq } from 'drizzle-orm';
import {
  emptyMedicalHistoryContent,
  type MedicalHistory,
  type MedicalHistoryAuthor,
  type MedicalHistoryContent,
} from '../../../shared/medical-history.ts';
import type { Db } from '../../db/engine.ts';
import { users } from '../../db/schema.ts';
import { type MedicalHistoryVersionRow, medicalHistoryVersions } from './medical-history-tables.ts';

/** A stored version with the current name of whoever wrote it. */
export type AuthoredVersion = { row: MedicalHistoryVersionRow; authorName: string };

/** Versions joined to their authors; callers add the patient, order and limit. */
export function selectAuthoredVersions(db: Db) {
  return db
    .select({ row: medicalHistoryVersions, authorName: users.name })
    .from(medicalHistoryVersions)
    .innerJoin(users, eq(users.id, medicalHistoryVersions.createdBy));
}

export function contentOf(row: MedicalHistoryVersionRow): MedicalHistoryContent {
  return {
    allergies: row.allergies,
    medications: row.medications,
    conditions: row.conditions,
    alerts: row.alerts,
    notes: row.notes,
  };
}

export function authorOf({ row, authorName }: AuthoredVersion): MedicalHistoryAuthor {
  // The role recorded with the version, not the user's role today.
  return { id: row.createdBy, name: authorName, role: row.createdByRole };
}

export function toMedicalHistory(version: AuthoredVersion): MedicalHistory {
  return {
    version: version.row.version,
    ...contentOf(version.row),
    updatedAt: version.row.createdAt.toISOString(),
    updatedBy: authorOf(version),
  };
}

/** What a patient with nothing recorded yet has: version 0, which If-Match can name too. */
export const noMedicalHistory: MedicalHistory = {
  version: 0,
  ...emptyMedicalHistoryContent,
  updatedAt: null,
  updatedBy: null,
};

/** Strong validator of the current history: the version number, quoted. */
export function medicalHistoryEtag(version: number): string {
  return `"${version}"`;
}
