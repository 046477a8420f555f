import { and, eq, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { patients } from '../../db/schema.ts';
import { notFound } from '../../lib/problem.ts';
import type { Actor } from '../auth/authenticate.ts';
import { type PatientRow, visiblePatients } from '../patients/patient-scope.ts';

/**
 * Whose money this actor may see, as a condition on `patients`: staff everyone; a patient
 * themself, the minors they are guardian of, and every member of the account they guarantee.
 */
export function visibleBillingPatients(actor: Actor): SQL | undefined {
  if (actor.role !== 'patient') return undefined;
  if (!actor.patientId) return visiblePatients(actor);
  return or(visiblePatients(actor), eq(patients.accountId, actor.patientId));
}

/** The patient if the actor may see their billing; `404` otherwise, as for an unknown id. */
export async function findBillingPatient(db: Db, actor: Actor, patientId: string): Promise<PatientRow> {
  const [row] = await db
    .select()
    .from(patients)
    .where(and(eq(patients.id, patientId), visibleBillingPatients(actor)));
  if (!row) throw notFound('No such patient.');
  return row;
}
