import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { holidays } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';

export async function deleteHoliday(ctx: AppContext, id: string, source: AuditSource): Promise<void> {
  await withTransaction(ctx.db, async (tx) => {
    const [deleted] = await tx
      .delete(holidays)
      .where(eq(holidays.id, id))
      .returning({ id: holidays.id, date: holidays.date });
    if (!deleted) throw notFound('No such holiday.');
    await ctx.audit.record(tx, {
      ...source,
      action: 'holidays.delete',
      entity: 'holiday',
      entityId: deleted.id,
      outcome: 'success',
      detail: { date: deleted.date },
    });
  });
}
