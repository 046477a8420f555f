import { eq } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { providers } from '../../db/schema.ts';
import { notFound } from '../../lib/problem.ts';

export type ProviderRow = typeof providers.$inferSelect;

/** The provider row, or `404`; with `forUpdate`, locked until the transaction ends. */
export async function findProvider(db: Db, id: string, forUpdate = false): Promise<ProviderRow> {
  const query = db.select().from(providers).where(eq(providers.id, id));
  const [provider] = forUpdate ? await query.for('update') : await query;
  if (!provider) throw notFound('No such provider.');
  return provider;
}
