import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { CatalogListQuery } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointmentTypes } from '../../db/schema.ts';
import type { Actor } from '../auth/authenticate.ts';
import { seesStaffView } from '../providers/provider-view.ts';
import { providerIdsByType, toAppointmentType } from './appointment-type-view.ts';

/**
 * Patients and the public booking page see only what they can book online; staff see every
 * active type, and the inactive ones too when they ask.
 */
function visibleTypes(actor: Actor | null, query: CatalogListQuery): SQL | undefined {
  if (!seesStaffView(actor)) {
    return and(eq(appointmentTypes.active, true), eq(appointmentTypes.bookableOnline, true));
  }
  return query.includeInactive === true ? undefined : eq(appointmentTypes.active, true);
}

export async function listAppointmentTypes(ctx: AppContext, actor: Actor | null, query: CatalogListQuery) {
  const rows = await ctx.db
    .select()
    .from(appointmentTypes)
    .where(visibleTypes(actor, query))
    .orderBy(asc(appointmentTypes.name), asc(appointmentTypes.id));
  const providerIds = await providerIdsByType(
    ctx.db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => toAppointmentType(row, providerIds.get(row.id) ?? [])),
    nextCursor: null,
  };
}
