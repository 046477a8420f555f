import { eq } from 'drizzle-orm';
import type { WorkingInterval } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { workingHours } from '../../db/schema.ts';
import { exclusionViolation, sqlState } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findProvider } from './provider-scope.ts';
import { findEditableSchedule } from './schedule-access.ts';
import { byWeekdayAndStart } from './working-hours-view.ts';

const action = 'working_hours.replace';

/**
 * Replaces the whole week at once, so a reader never sees half of an edit. The request
 * schema already refuses overlaps; the exclusion constraint on working_hours is the backstop.
 */
export async function replaceWorkingHours(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  intervals: WorkingInterval[],
  source: AuditSource,
): Promise<WorkingInterval[]> {
  await findEditableSchedule(ctx, actor, providerId, action, source);
  await withTransaction(ctx.db, async (tx) => {
    // Locking the provider row queues concurrent replacements of the same week one after another.
    const provider = await findProvider(tx, providerId, true);
    await tx.delete(workingHours).where(eq(workingHours.providerId, provider.id));
    if (intervals.length > 0) {
      await tx.insert(workingHours).values(
        intervals.map((interval) => ({
          providerId: provider.id,
          weekday: interval.weekday,
          startTime: interval.start,
          endTime: interval.end,
        })),
      );
    }
    await ctx.audit.record(tx, {
      ...source,
      action,
      entity: 'provider',
      entityId: provider.id,
      outcome: 'success',
      detail: { intervals: intervals.length },
    });
  }).catch((error: unknown) => {
    if (sqlState(error) === exclusionViolation) {
      throw problem(422, 'validation_failed', 'Some values break a rule.', {
        errors: [{ path: 'body', message: 'Intervals on the same day overlap' }],
      });
    }
    throw error;
  });
  return [...intervals].sort(byWeekdayAndStart);
}
