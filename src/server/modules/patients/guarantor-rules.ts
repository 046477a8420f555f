import { eq } from 'drizzle-orm';
import { patients } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';

const refuse = (message: string) =>
  problem(422, 'validation_failed', 'Some values break a rule.', {
    errors: [{ path: 'guarantorId', message }],
  });

/**
 * Accounts are one level deep: whoever pays for someone pays for themself, so a guarantor may
 * not have a guarantor, and a patient others already pay through cannot hand their account on.
 * The guarantor row is locked so that it cannot take a guarantor itself while this commits.
 */
export async function assertGuarantorFits(tx: Tx, patientId: string, guarantorId: string): Promise<void> {
  if (guarantorId === patientId) throw refuse('A patient cannot be their own guarantor');
  const [guarantor] = await tx
    .select({ guarantorPatientId: patients.guarantorPatientId })
    .from(patients)
    .where(eq(patients.id, guarantorId))
    .for('update');
  if (!guarantor) throw refuse('No such patient');
  if (guarantor.guarantorPatientId !== null) throw refuse('The guarantor has a guarantor of their own');
  const [dependant] = await tx
    .select({ id: patients.id })
    .from(patients)
    .where(eq(patients.guarantorPatientId, patientId))
    .limit(1);
  if (dependant) throw refuse('Others already pay through this patient; they cannot have a guarantor too');
}
