import type { CreateProviderInput, Provider } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { providers } from '../../db/schema.ts';
import { sqlState, uniqueViolation } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { assertLinkableUser, userAlreadyLinked } from './provider-user-link.ts';
import { toProvider } from './provider-view.ts';

export async function createProvider(
  ctx: AppContext,
  input: CreateProviderInput,
  source: AuditSource,
): Promise<Provider> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    if (input.userId) await assertLinkableUser(tx, input.userId);
    const [created] = await tx
      .insert(providers)
      .values({
        name: input.name,
        title: input.title ?? null,
        color: input.color,
        active: input.active,
        userId: input.userId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!created) throw new Error('provider insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action: 'providers.create',
      entity: 'provider',
      entityId: created.id,
      outcome: 'success',
      detail: { userId: created.userId },
    });
    return toProvider(created);
  }).catch((error: unknown) => {
    // Two requests linking one user at once: the unique index on user_id decides.
    if (sqlState(error) === uniqueViolation) throw userAlreadyLinked();
    throw error;
  });
}
