import { asc, eq } from 'drizzle-orm';
import type { CatalogListQuery } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { providers } from '../../db/schema.ts';
import type { Actor } from '../auth/authenticate.ts';
import { seesStaffView, toProvider, toPublicProvider } from './provider-view.ts';

/** Active providers for everyone; staff may ask for the inactive ones too, and see the linked user. */
export async function listProviders(ctx: AppContext, actor: Actor | null, query: CatalogListQuery) {
  const staff = seesStaffView(actor);
  const includeInactive = staff && query.includeInactive === true;
  const rows = await ctx.db
    .select()
    .from(providers)
    .where(includeInactive ? undefined : eq(providers.active, true))
    .orderBy(asc(providers.name), asc(providers.id));
  return { items: rows.map(staff ? toProvider : toPublicProvider), nextCursor: null };
}
