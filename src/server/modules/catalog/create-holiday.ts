import { eq } from 'drizzle-orm';
import type { CreateHolidayInput, Holiday } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { holidays } from '../../db/schema.ts';
import { sqlState, uniqueViolation } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';

const dateTaken = () =>
  problem(409, 'conflict', 'That date is already a holiday.', {
    errors: [{ path: 'date', message: 'Already a holiday' }],
  });

export async function createHoliday(
  ctx: AppContext,
  input: CreateHolidayInput,
  source: AuditSource,
): Promise<Holiday> {
  return withTransaction(ctx.db, async (tx) => {
    const [existing] = await tx
      .select({ id: holidays.id })
      .from(holidays)
      .where(eq(holidays.date, input.date));
    if (existing) throw dateTaken();
    const [created] = await tx.insert(holidays).values({ date: input.date, name: input.name }).returning();
    if (!created) throw new Error('holiday insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action: 'holidays.create',
      entity: 'holiday',
      entityId: created.id,
      outcome: 'success',
      detail: { date: created.date },
    });
    return created;
  }).catch((error: unknown) => {
    // Two requests for one date at once: the unique index decides.
    if (sqlState(error) === uniqueViolation) throw dateTaken();
    throw error;
  });
}
