import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './engine.ts';
import { deadlockDetected, serializationFailure, sqlState } from './sql-state.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

// PostgreSQL rolled the whole transaction back and says to run it again. The rest of the cycle
// usually commits meanwhile, so a second attempt nearly always settles it; the bound keeps a
// pathological storm from looping for ever.
const attemptsOnConflict = 3;

/**
 * Every state change runs in one of these: all of it lands, or none of it. A transaction that
 * PostgreSQL aborts as a deadlock victim or a serialization failure is run again from the start
 * (its work must be only database writes, as all of ours are), so such a race ends as the
 * answer a slower request would have had, not as a 500.
 */
export async function withTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  // Inside another transaction the abort is the outer one's: only the outermost may run again.
  if (is(db, PgTransaction)) return db.transaction(work);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (attempt >= attemptsOnConflict || !mayRunAgain(error)) throw error;
      // A little jitter so that two victims of one cycle do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

function mayRunAgain(error: unknown): boolean {
  const state = sqlState(error);
  return state === deadlockDetected || state === serializationFailure;
}
