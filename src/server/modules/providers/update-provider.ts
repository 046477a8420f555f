import { eq } from 'drizzle-orm';
import type { Provider, UpdateProviderInput } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { providers } from '../../db/schema.ts';
import { sqlState, uniqueViolation } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { findProvider } from './provider-scope.ts';
import { assertLinkableUser, userAlreadyLinked } from './provider-user-link.ts';
import { toProvider } from './provider-view.ts';

/** Changes the fields given; `userId: null` unlinks the provider's login. */
export async function updateProvider(
  ctx: AppContext,
  id: string,
  input: UpdateProviderInput,
  source: AuditSource,
): Promise<Provider> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const current = await findProvider(tx, id, true);
    if (input.userId) await assertLinkableUser(tx, input.userId, current.id);
    const [updated] = await tx
      .update(providers)
      .set({ ...input, updatedAt: now })
      .where(eq(providers.id, current.id))
      .returning();
    if (!updated) throw notFound('No such provider.');
    await ctx.audit.record(tx, {
      ...source,
      action: 'providers.update',
      entity: 'provider',
      entityId: updated.id,
      outcome: 'success',
      detail: { fields: Object.keys(input) },
    });
    return toProvider(updated);
  }).catch((error: unknown) => {
    if (sqlState(error) === uniqueViolation) throw userAlreadyLinked();
    throw error;
  });
}
