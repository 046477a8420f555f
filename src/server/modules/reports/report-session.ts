import { sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';

/**
 * Runs a report's queries in one read-only snapshot, so that figures read by different queries
 * (a summary's appointments and money) describe the same moment. The session is tuned for
 * aggregating a year of rows: hash tables of that size stay in memory instead of spilling to
 * disk, and JIT compilation, which costs more than it saves on queries of a few hundred
 * milliseconds, stays off. The report indexes are read in long ranges of pages that are cached
 * (or on SSD): priced as random disk reads (the default random_page_cost of 4), a year's range
 * looks dearer than reading the whole table, which measured twice as slow (bench/reports.ts).
 * The settings end with the transaction.
 */
export function inReportSession<T>(db: Db, work: (session: Db) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
      await tx.execute(sql`SET LOCAL jit = off`);
      await tx.execute(sql`SET LOCAL random_page_cost = 1.1`);
      return work(tx);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
