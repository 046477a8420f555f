import { and, count, notInArray } from 'drizzle-orm';
import type { TodayVisits } from '../../../shared/dashboard.ts';
import type { Db } from '../../db/engine.ts';
import { appointments } from '../../db/schema.ts';
import { type ClinicDay, startsOn } from './clinic-day.ts';

const arrivedStatuses = new Set(['checked_in', 'in_progress', 'completed']);

/** The day's visits by where they stand. Holds are not visits yet; cancelled ones no longer are. */
export async function countVisits(db: Db, day: ClinicDay): Promise<TodayVisits> {
  const rows = await db
    .select({ status: appointments.status, visits: count() })
    .from(appointments)
    .where(and(startsOn(day), notInArray(appointments.status, ['held', 'expired', 'cancelled'])))
    .groupBy(appointments.status);
  const visits: TodayVisits = { total: 0, arrived: 0, unconfirmed: 0, noShows: 0 };
  for (const { status, visits: number } of rows) {
    visits.total += number;
    if (arrivedStatuses.has(status)) visits.arrived += number;
    else if (status === 'scheduled') visits.unconfirmed += number;
    else if (status === 'no_show') visits.noShows += number;
  }
  return visits;
}
