import { eq } from 'drizzle-orm';
import type { Operatory, UpdateOperatoryInput } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { operatories } from '../../db/schema.ts';
import { sqlState, uniqueViolation } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { assertNameFree, nameTaken } from './operatory-name.ts';
import { toOperatory } from './operatory-view.ts';

export async function updateOperatory(
  ctx: AppContext,
  id: string,
  input: UpdateOperatoryInput,
  source: AuditSource,
): Promise<Operatory> {
  return withTransaction(ctx.db, async (tx) => {
    const [current] = await tx.select().from(operatories).where(eq(operatories.id, id)).for('update');
    if (!current) throw notFound('No such chair or room.');
    if (input.name !== undefined) await assertNameFree(tx, input.name, current.id);
    const changes = { name: input.name ?? current.name, active: input.active ?? current.active };
    const [updated] = await tx
      .update(operatories)
      .set(changes)
      .where(eq(operatories.id, current.id))
      .returning();
    if (!updated) throw notFound('No such chair or room.');
    await ctx.audit.record(tx, {
      ...source,
      action: 'operatories.update',
      entity: 'operatory',
      entityId: updated.id,
      outcome: 'success',
      detail: { fields: Object.keys(input) },
    });
    return toOperatory(updated);
  }).catch((error: unknown) => {
    if (sqlState(error) === uniqueViolation) throw nameTaken();
    throw error;
  });
}
