import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { providers, users } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';

export const userAlreadyLinked = () =>
  problem(409, 'conflict', 'This user is already linked to another provider.', {
    errors: [{ path: 'userId', message: 'Already linked to another provider' }],
  });

/**
 * A provider may be linked only to a login with the `provider` role (that link is what lets
 * them edit their own hours), and a login belongs to at most one provider.
 */
export async function assertLinkableUser(db: Db, userId: string, providerId?: string): Promise<void> {
  const [user] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (user?.role !== 'provider') {
    throw problem(422, 'validation_failed', 'Some values break a rule.', {
      errors: [{ path: 'userId', message: 'Not a user with the provider role' }],
    });
  }
  const [linked] = await db
    .select({ id: providers.id })
    .from(providers)
    .where(and(eq(providers.userId, userId), providerId ? ne(providers.id, providerId) : undefined));
  if (linked) throw userAlreadyLinked();
}
