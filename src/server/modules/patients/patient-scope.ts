import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { patients } from '../../db/schema.ts';
import { notFound } from '../../lib/problem.ts';
import type { Actor } from '../auth/authenticate.ts';

export type PatientRow = typeof patients.$inferSelect;

// Guardians see dependants while they are minors; an adult's record is their own business.
const minorCondition = sql`${patients.dateOfBirth} > (current_date - interval '18 years')`;

/**
 * The patients this actor may reach, as a condition for the query that fetches them, so a
 * forgotten check returns nothing rather than someone else's record. Staff see everyone.
 */
export function visiblePatients(actor: Actor): SQL | undefined {
  if (actor.role !== 'patient') return undefined;
  if (!actor.patientId) return sql`false`;
  return or(
    eq(patients.id, actor.patientId),
    and(eq(patients.guardianPatientId, actor.patientId), minorCondition),
  );
}

/** The patient row if the actor may reach it; otherwise `404`, exactly as for an id that does not exist. */
export async function findVisiblePatient(
  db: Db,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<PatientRow> {
  const query = db
    .select()
    .from(patients)
    .where(and(eq(patients.id, id), visiblePatients(actor)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('No such patient.');
  return row;
}
