import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/transaction.ts';

/** What an appointment occupies, as the EXCLUDE constraints see it. */
export type BookedResources = { providerId: string; patientId: string; operatoryId: string | null };

/**
 * Takes, until the transaction ends, one lock per provider, patient and operatory about to gain
 * an appointment row; call it before the first write that puts a row under the EXCLUDE
 * constraints (an insert, or an update of a row that stays active).
 *
 * Why: an exclusion constraint inserts the index entry first and checks for overlaps after, so
 * two writers racing for one slot can each see the other's uncommitted entry and wait for each
 * other. PostgreSQL breaks that deadlock only after `deadlock_timeout` (1 s), one victim at a
 * time; when a crowd wakes at once (the first holder rolled back), they keep forming new cycles,
 * and 200 requests for one slot took minutes, every victim a 500. Holding these locks, writers
 * that could overlap take turns, so the constraint never waits on another booking's entry and
 * answers 23P01 at once.
 *
 * One statement, keys sorted, so two writers never take shared keys in opposite orders.
 * The ORDER BY is applied before the volatile lock function runs (PostgreSQL evaluates volatile
 * target-list expressions after the sort); a hash collision only makes two writers take turns.
 */
export async function lockBookedResources(tx: Tx, resources: BookedResources[]): Promise<void> {
  const names = new Set(
    resources.flatMap(({ providerId, patientId, operatoryId }) => [
      `provider:${providerId}`,
      `patient:${patientId}`,
      ...(operatoryId ? [`operatory:${operatoryId}`] : []),
    ]),
  );
  if (names.size === 0) return;
  const list = sql.join(
    [...names].map((name) => sql`${name}`),
    sql`, `,
  );
  await tx.execute(sql`
    SELECT pg_advisory_xact_lock(key)
    FROM (SELECT DISTINCT hashtextextended('topsmile.appointments:' || name, 0) AS key
          FROM unnest(ARRAY[${list}]::text[]) AS name) AS keys
    ORDER BY key`);
}
