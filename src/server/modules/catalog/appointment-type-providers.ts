import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { appointmentTypeProviders, providers } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';

/**
 * Replaces which providers offer a type. Unknown ids are a `422` on `providerIds` rather than
 * a foreign-key error; an empty list means every provider offers it (see 0007_scheduling.sql).
 */
export async function replaceTypeProviders(db: Db, typeId: string, providerIds: string[]): Promise<string[]> {
  const wanted = [...new Set(providerIds)].sort();
  if (wanted.length > 0) {
    const known = await db.select({ id: providers.id }).from(providers).where(inArray(providers.id, wanted));
    const knownIds = new Set(known.map((provider) => provider.id));
    const unknown = wanted.filter((id) => !knownIds.has(id));
    if (unknown.length > 0) {
      throw problem(422, 'validation_failed', 'Some values break a rule.', {
        errors: unknown.map((id) => ({ path: 'providerIds', message: `No such provider: ${id}` })),
      });
    }
  }
  await db.delete(appointmentTypeProviders).where(eq(appointmentTypeProviders.appointmentTypeId, typeId));
  if (wanted.length > 0) {
    await db
      .insert(appointmentTypeProviders)
      .values(wanted.map((providerId) => ({ appointmentTypeId: typeId, providerId })));
  }
  return wanted;
}
