import { and, eq, gte, inArray, is, lte, type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../db/engine.ts';
import {
  appointments,
  appointmentTypeProviders,
  holidays,
  providers,
  timeOff,
  workingHours,
} from '../../db/schema.ts';
import { occupiesTime } from './appointment-rows.ts';
import type { AvailabilityInput, Busy, WorkingInterval } from './availability.ts';

export type AppointmentTypeRow = {
  id: string;
  durationMinutes: number;
  bufferMinutes: number;
  bookableOnline: boolean;
  active: boolean;
};

/** Active providers who offer the type (a type linked to no provider is offered by all). */
export async function providersOffering(db: Db, typeId: string, onlyProviderId?: string): Promise<string[]> {
  const linked = await db
    .select({ providerId: appointmentTypeProviders.providerId })
    .from(appointmentTypeProviders)
    .where(eq(appointmentTypeProviders.appointmentTypeId, typeId));
  const active = await db
    .select({ id: providers.id })
    .from(providers)
    .where(and(eq(providers.active, true), onlyProviderId ? eq(providers.id, onlyProviderId) : undefined));
  const offering = new Set(linked.map((row) => row.providerId));
  return active.map((row) => row.id).filter((id) => offering.size === 0 || offering.has(id));
}

function hhmm(time: string): string {
  // PostgreSQL answers "09:00:00" (and "24:00:00" for end of day).
  return time.slice(0, 5);
}

/**
 * Everything the pure availability function needs, in a handful of queries: working hours,
 * holidays, time off and the time already taken, for the providers and local dates asked.
 */
export async function loadAvailabilityInput(
  db: Db,
  request: {
    timeZone: string;
    from: Temporal.PlainDate;
    to: Temporal.PlainDate;
    providerIds: string[];
    type: AppointmentTypeRow;
    slotStepMinutes: number;
    now: Date;
    notBefore?: Temporal.Instant;
    notAfter?: Temporal.Instant;
    ignoreAppointmentId?: string;
    /** False to see only working hours, holidays and time off (is the provider working then?). */
    includeAppointments?: boolean;
  },
): Promise<AvailabilityInput> {
  const { timeZone, from, to, providerIds } = request;
  // A day either side covers appointments and time off that cross local midnight in any offset.
  const rangeStart = from.subtract({ days: 1 }).toZonedDateTime({ timeZone }).toInstant();
  const rangeEnd = to.add({ days: 2 }).toZonedDateTime({ timeZone }).toInstant();
  const window = sql`tstzrange(${rangeStart.toString()}::timestamptz, ${rangeEnd.toString()}::timestamptz, '[)')`;
  const ids = providerIds.length > 0 ? providerIds : ['00000000-0000-0000-0000-000000000000'];

  const hoursQuery = db.select().from(workingHours).where(inArray(workingHours.providerId, ids));
  const closedQuery = db
    .select({ date: holidays.date })
    .from(holidays)
    .where(and(gte(holidays.date, from.toString()), lte(holidays.date, to.toString())));
  const awayQuery = db
    .select({
      providerId: timeOff.providerId,
      start: epochMs(sql`lower(${timeOff.period})`),
      end: epochMs(sql`upper(${timeOff.period})`),
    })
    .from(timeOff)
    .where(and(inArray(timeOff.providerId, ids), sql`${timeOff.period} && ${window}`));
  const takenQuery =
    request.includeAppointments === false
      ? Promise.resolve([])
      : db
          .select({
            providerId: appointments.providerId,
            start: epochMs(sql`lower(${appointments.blocked})`),
            end: epochMs(sql`upper(${appointments.blocked})`),
          })
          .from(appointments)
          .where(
            and(
              inArray(appointments.providerId, ids),
              sql`${appointments.blocked} && ${window}`,
              occupiesTime(request.now),
              request.ignoreAppointmentId
                ? sql`${appointments.id} <> ${request.ignoreAppointmentId}`
                : undefined,
            ),
          );
  // A transaction is one connection, whose queries must go one after another (pg deprecates
  // overlapping ones); outside one, the pool answers the four at once.
  const [hours, closed, away, taken] = is(db, PgTransaction)
    ? [await hoursQuery, await closedQuery, await awayQuery, await takenQuery]
    : await Promise.all([hoursQuery, closedQuery, awayQuery, takenQuery]);

  const busy: Busy[] = [...away, ...taken].map((row) => ({
    providerId: row.providerId,
    start: Temporal.Instant.fromEpochMilliseconds(row.start),
    end: Temporal.Instant.fromEpochMilliseconds(row.end),
  }));
  const intervals: WorkingInterval[] = hours.map((row) => ({
    providerId: row.providerId,
    weekday: row.weekday as WorkingInterval['weekday'],
    start: hhmm(row.startTime),
    end: hhmm(row.endTime),
  }));
  return {
    timeZone,
    from,
    to,
    providerIds,
    durationMinutes: request.type.durationMinutes,
    bufferMinutes: request.type.bufferMinutes,
    slotStepMinutes: request.slotStepMinutes,
    workingHours: intervals,
    holidays: closed.map((row) => Temporal.PlainDate.from(row.date)),
    busy,
    ...(request.notBefore ? { notBefore: request.notBefore } : {}),
    ...(request.notAfter ? { notAfter: request.notAfter } : {}),
  };
}

/** A timestamptz as epoch milliseconds: a number, whatever the session's TimeZone or output format. */
function epochMs(value: SQL) {
  return sql<number>`floor(extract(epoch from ${value}) * 1000)::float8`.mapWith(Number);
}
