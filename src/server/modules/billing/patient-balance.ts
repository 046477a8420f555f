import { eq, sql } from 'drizzle-orm';
import { ledgerEntries } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';

/** A patient's balance now: the sum of their rows, payments subtracted (see `balanceEffect`). */
export async function patientBalance(tx: Tx, patientId: string): Promise<number> {
  const [row] = await tx
    .select({
      balance: sql<string>`coalesce(sum(CASE WHEN ${ledgerEntries.kind} = 'payment' THEN -${ledgerEntries.amountCents} ELSE ${ledgerEntries.amountCents} END), 0)`,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.patientId, patientId));
  return Number(row?.balance ?? 0);
}
