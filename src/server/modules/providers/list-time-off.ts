import { asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { timeOff } from '../../db/schema.ts';
import { findProvider } from './provider-scope.ts';
import { timeOffColumns, toTimeOff } from './time-off-view.ts';

export async function listTimeOff(ctx: AppContext, providerId: string) {
  const provider = await findProvider(ctx.db, providerId);
  const rows = await ctx.db
    .select(timeOffColumns)
    .from(timeOff)
    .where(eq(timeOff.providerId, provider.id))
    .orderBy(asc(sql`lower(${timeOff.period})`), asc(timeOff.id));
  return { items: rows.map(toTimeOff), nextCursor: null };
}
