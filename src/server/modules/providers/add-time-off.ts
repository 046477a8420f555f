import { sql } from 'drizzle-orm';
import type { CreateTimeOffInput, TimeOff } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { timeOff } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findEditableSchedule } from './schedule-access.ts';
import { timeOffColumns, toTimeOff } from './time-off-view.ts';

const action = 'time_off.create';

/** Blocks an absence (holiday, course, sick day) as a half-open range of instants. */
export async function addTimeOff(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  input: CreateTimeOffInput,
  source: AuditSource,
): Promise<TimeOff> {
  const provider = await findEditableSchedule(ctx, actor, providerId, action, source);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [created] = await tx
      .insert(timeOff)
      .values({
        providerId: provider.id,
        // '[)' like appointments: an absence ending at 12:00 leaves 12:00 free.
        period: sql`tstzrange(${input.start}::timestamptz, ${input.end}::timestamptz, '[)')`,
        reason: input.reason ?? null,
        createdAt: now,
      })
      .returning(timeOffColumns);
    if (!created) throw new Error('time off insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action,
      entity: 'time_off',
      entityId: created.id,
      outcome: 'success',
      detail: { providerId: provider.id },
    });
    return toTimeOff(created);
  });
}
