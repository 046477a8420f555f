import { sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';

/**
 * Runs a report's queries in one read-only snapshot, so that figures read by different queries
 * (a summary's appointments and money) describe the same moment. The session is tuned for
 * aggregating a year of rows: hash tables of that size stay in memory instead of spilling to
 * disk, and JIT compilation, which costs more than it saves on queries of a few hundred
 * milliseconds, stays off. Both settings end with the transaction.
 */
export function inReportSession<T>(db: Db, work: (session: Db) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
      await tx.execute(sql`SET LOCAL jit = off`);
      return work(tx);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
