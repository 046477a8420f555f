import { eq, sql } from 'drizzle-orm';
import { ledgerEntries } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';

/** `balanceEffect` summed in SQL over the selected ledger rows; null when there are none. */
export const ledgerBalanceSum = sql<
  string | null
>`sum(CASE WHEN ${ledgerEntries.kind} = 'payment' THEN -${ledgerEntries.amountCents} ELSE ${ledgerEntries.amountCents} END)`;

/** A patient's balance now: the sum of their rows' effects. */
export async function patientBalance(tx: Tx, patientId: string): Promise<number> {
  const [row] = await tx
    .select({ balance: ledgerBalanceSum })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.patientId, patientId));
  return Number(row?.balance ?? 0);
}
