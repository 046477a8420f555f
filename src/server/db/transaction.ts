import type { Db } from './engine.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Every state change runs in one of these: all of it lands, or none of it. */
export function withTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
