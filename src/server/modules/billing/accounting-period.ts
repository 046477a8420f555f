import { sql } from 'drizzle-orm';
import { dayCloses } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import { addDays } from './clinic-date.ts';

/**
 * The last closed clinic-local date, read under a SHARE lock on `day_closes`: a posting and a
 * day close exclude each other (closing takes SHARE ROW EXCLUSIVE), so no row can slip into a
 * day while it is being closed, and postings do not block one another.
 */
export async function lastClosedDate(tx: Tx): Promise<string | null> {
  await tx.execute(sql`LOCK TABLE day_closes IN SHARE MODE`);
  const [row] = await tx.select({ last: sql<string | null>`max(${dayCloses.date})::text` }).from(dayCloses);
  return row?.last ?? null;
}

/** Refuses a posting dated on or before a closed day: `409 period_closed`. */
export async function assertPeriodOpen(tx: Tx, date: string): Promise<void> {
  const last = await lastClosedDate(tx);
  if (last !== null && date <= last) {
    throw problem(
      409,
      'period_closed',
      `The books are closed up to ${last}; nothing can be posted on ${date}.`,
      {
        extensions: { closedThrough: last },
      },
    );
  }
}

/**
 * The date money that has already moved is booked on: today, or the first open day after the
 * last close when today is already closed (a card payment confirmed late must not be lost).
 */
export async function openDateOnOrAfter(tx: Tx, date: string): Promise<string> {
  const last = await lastClosedDate(tx);
  return last !== null && date <= last ? addDays(last, 1) : date;
}
