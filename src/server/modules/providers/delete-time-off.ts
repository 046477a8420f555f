import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { timeOff } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findEditableSchedule } from './schedule-access.ts';

const action = 'time_off.delete';

export async function deleteTimeOff(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  timeOffId: string,
  source: AuditSource,
): Promise<void> {
  const provider = await findEditableSchedule(ctx, actor, providerId, action, source);
  await withTransaction(ctx.db, async (tx) => {
    // The provider is part of the condition, so one provider's URL never deletes another's absence.
    const [deleted] = await tx
      .delete(timeOff)
      .where(and(eq(timeOff.id, timeOffId), eq(timeOff.providerId, provider.id)))
      .returning({ id: timeOff.id });
    if (!deleted) throw notFound('No such time off.');
    await ctx.audit.record(tx, {
      ...source,
      action,
      entity: 'time_off',
      entityId: deleted.id,
      outcome: 'success',
      detail: { providerId: provider.id },
    });
  });
}
