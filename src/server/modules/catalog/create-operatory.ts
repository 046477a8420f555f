import type { CreateOperatoryInput, Operatory } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { operatories } from '../../db/schema.ts';
import { sqlState, uniqueViolation } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { assertNameFree, nameTaken } from './operatory-name.ts';
import { toOperatory } from './operatory-view.ts';

export async function createOperatory(
  ctx: AppContext,
  input: CreateOperatoryInput,
  source: AuditSource,
): Promise<Operatory> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    await assertNameFree(tx, input.name);
    const [created] = await tx
      .insert(operatories)
      .values({ name: input.name, active: input.active, createdAt: now })
      .returning();
    if (!created) throw new Error('operatory insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action: 'operatories.create',
      entity: 'operatory',
      entityId: created.id,
      outcome: 'success',
    });
    return toOperatory(created);
  }).catch((error: unknown) => {
    if (sqlState(error) === uniqueViolation) throw nameTaken();
    throw error;
  });
}
