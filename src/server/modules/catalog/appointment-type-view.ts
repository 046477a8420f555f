import { asc, inArray } from 'drizzle-orm';
import type { AppointmentType } from '../../../shared/scheduling.ts';
import type { Db } from '../../db/engine.ts';
import { appointmentTypeProviders, type appointmentTypes } from '../../db/schema.ts';

export type AppointmentTypeRow = typeof appointmentTypes.$inferSelect;

/** Each type's providers, in one query for the whole page. */
export async function providerIdsByType(db: Db, typeIds: string[]): Promise<Map<string, string[]>> {
  const byType = new Map<string, string[]>();
  if (typeIds.length === 0) return byType;
  const links = await db
    .select()
    .from(appointmentTypeProviders)
    .where(inArray(appointmentTypeProviders.appointmentTypeId, typeIds))
    .orderBy(asc(appointmentTypeProviders.providerId));
  for (const link of links) {
    byType.set(link.appointmentTypeId, [...(byType.get(link.appointmentTypeId) ?? []), link.providerId]);
  }
  return byType;
}

export function toAppointmentType(row: AppointmentTypeRow, providerIds: string[]): AppointmentType {
  return {
    id: row.id,
    name: row.name,
    durationMinutes: row.durationMinutes,
    bufferMinutes: row.bufferMinutes,
    priceCents: row.priceCents,
    depositCents: row.depositCents,
    color: row.color,
    bookableOnline: row.bookableOnline,
    active: row.active,
    providerIds,
  };
}
