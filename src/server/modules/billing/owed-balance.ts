import { eq } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { ledgerEntries, patients } from '../../db/schema.ts';
import { ledgerBalanceSum } from './patient-balance.ts';

/**
 * What the patient's account (their guarantor's) owes now: the sum of its members' ledger rows'
 * effects; zero when the account is even or in credit.
 */
export async function owedBalanceCents(db: Db, patientId: string): Promise<number> {
  const [patient] = await db
    .select({ accountId: patients.accountId })
    .from(patients)
    .where(eq(patients.id, patientId));
  if (!patient?.accountId) return 0;
  const [row] = await db
    .select({ balance: ledgerBalanceSum })
    .from(ledgerEntries)
    .innerJoin(patients, eq(patients.id, ledgerEntries.patientId))
    .where(eq(patients.accountId, patient.accountId));
  return Math.max(0, Number(row?.balance ?? 0));
}
