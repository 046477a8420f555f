import { asc, eq } from 'drizzle-orm';
import type { CatalogListQuery } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { operatories } from '../../db/schema.ts';
import { toOperatory } from './operatory-view.ts';

/** Active chairs and rooms, or all of them with `includeInactive`. */
export async function listOperatories(ctx: AppContext, query: CatalogListQuery) {
  const rows = await ctx.db
    .select()
    .from(operatories)
    .where(query.includeInactive === true ? undefined : eq(operatories.active, true))
    .orderBy(asc(operatories.name));
  return { items: rows.map(toOperatory), nextCursor: null };
}
