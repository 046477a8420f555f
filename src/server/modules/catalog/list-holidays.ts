import { asc } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { holidays } from '../../db/schema.ts';

/** Days the clinic is closed, earliest first. */
export async function listHolidays(ctx: AppContext) {
  const rows = await ctx.db.select().from(holidays).orderBy(asc(holidays.date));
  return { items: rows, nextCursor: null };
}
