import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { operatories } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';

export const nameTaken = () =>
  problem(409, 'conflict', 'Another chair or room already has this name.', {
    errors: [{ path: 'name', message: 'Already in use' }],
  });

/**
 * Names must tell chairs apart on the appointment book, so "Chair 1" and "chair 1" count as
 * the same; the unique index (exact match) backs this up when two requests race.
 */
export async function assertNameFree(db: Db, name: string, exceptId?: string): Promise<void> {
  const [taken] = await db
    .select({ id: operatories.id })
    .from(operatories)
    .where(
      and(
        eq(sql`lower(${operatories.name})`, name.toLowerCase()),
        exceptId ? ne(operatories.id, exceptId) : undefined,
      ),
    );
  if (taken) throw nameTaken();
}
