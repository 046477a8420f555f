import { asc, eq } from 'drizzle-orm';
import type { WorkingInterval } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { workingHours } from '../../db/schema.ts';
import { findProvider } from './provider-scope.ts';
import { toWorkingInterval } from './working-hours-view.ts';

/** The provider's weekly pattern, Monday first, each day's intervals in order. */
export async function readWorkingHours(ctx: AppContext, providerId: string): Promise<WorkingInterval[]> {
  const provider = await findProvider(ctx.db, providerId);
  const rows = await ctx.db
    .select()
    .from(workingHours)
    .where(eq(workingHours.providerId, provider.id))
    .orderBy(asc(workingHours.weekday), asc(workingHours.startTime));
  return rows.map(toWorkingInterval);
}
