import { eq, sql } from 'drizzle-orm';
import { receiptCounter } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';

/**
 * The next receipt number, taken in the transaction that settles the payment: the counter row
 * stays locked until commit and a rollback gives the number back, so numbers have no gaps.
 */
export async function takeReceiptNumber(tx: Tx): Promise<number> {
  const [row] = await tx
    .update(receiptCounter)
    .set({ lastNumber: sql`${receiptCounter.lastNumber} + 1` })
    .where(eq(receiptCounter.id, 1))
    .returning({ number: receiptCounter.lastNumber });
  // The migration inserts the row and nothing deletes it.
  if (!row) throw new Error('receipt_counter row is missing');
  return row.number;
}
