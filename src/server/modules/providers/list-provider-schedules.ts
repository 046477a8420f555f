import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { ProviderSchedule, ProviderScheduleQuery } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { providers, timeOff, workingHours } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { timeOffColumns, toTimeOff } from './time-off-view.ts';
import { toWorkingInterval } from './working-hours-view.ts';

/** A month view with its leading and trailing weeks fits. */
const maxRangeDays = 62;

/**
 * Every active provider's weekly hours and the time off overlapping the local dates from…to
 * (whole days in the clinic's zone): what a calendar of all providers shades, in three
 * statements instead of two requests a provider.
 */
export async function listProviderSchedules(
  ctx: AppContext,
  query: ProviderScheduleQuery,
): Promise<{ items: ProviderSchedule[]; nextCursor: null }> {
  const from = Temporal.PlainDate.from(query.from);
  const to = Temporal.PlainDate.from(query.to);
  if (Temporal.PlainDate.compare(to, from) < 0 || from.until(to).days >= maxRangeDays) {
    throw problem(422, 'validation_failed', 'Some values break a rule.', {
      errors: [
        { path: 'query.to', message: `Must be on or after from, less than ${maxRangeDays} days later` },
      ],
    });
  }
  const { timeZone } = await getClinicSettings(ctx.db);
  const start = from.toZonedDateTime({ timeZone }).toInstant().toString();
  const end = to.add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant().toString();
  const active = ctx.db.select({ id: providers.id }).from(providers).where(eq(providers.active, true));
  const [providerRows, hourRows, offRows] = await Promise.all([
    ctx.db
      .select({ id: providers.id })
      .from(providers)
      .where(eq(providers.active, true))
      .orderBy(asc(providers.name), asc(providers.id)),
    ctx.db
      .select()
      .from(workingHours)
      .where(inArray(workingHours.providerId, active))
      .orderBy(asc(workingHours.weekday), asc(workingHours.startTime)),
    ctx.db
      .select({ ...timeOffColumns, providerId: timeOff.providerId })
      .from(timeOff)
      .where(
        and(
          inArray(timeOff.providerId, active),
          sql`${timeOff.period} && tstzrange(${start}::timestamptz, ${end}::timestamptz, '[)')`,
        ),
      )
      .orderBy(asc(sql`lower(${timeOff.period})`), asc(timeOff.id)),
  ]);
  const schedules = new Map(
    providerRows.map((row): [string, ProviderSchedule] => [
      row.id,
      { providerId: row.id, workingHours: [], timeOff: [] },
    ]),
  );
  for (const row of hourRows) schedules.get(row.providerId)?.workingHours.push(toWorkingInterval(row));
  for (const row of offRows) schedules.get(row.providerId)?.timeOff.push(toTimeOff(row));
  return { items: [...schedules.values()], nextCursor: null };
}
