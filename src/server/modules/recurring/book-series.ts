import { Temporal } from 'temporal-polyfill';
import type {
  AppointmentSeries,
  CreateAppointmentSeriesInput,
  SeriesConflict,
} from '../../../shared/recurring.ts';
import type { AppContext } from '../../context.ts';
import { exclusionViolation, sqlState } from '../../db/sql-state.ts';
import { type Tx, withTransaction } from '../../db/transaction.ts';
import { ProblemError, problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { publishLiveEvent } from '../live-events/publish-live-event.ts';
import { type AppointmentRow, toAppointment } from '../scheduling/appointment-rows.ts';
import type { AppointmentTypeRow } from '../scheduling/availability-data.ts';
import {
  expireLapsedHolds,
  insertAppointment,
  type PlannedVisit,
  planVisit,
} from '../scheduling/book-appointment.ts';
import { activeAppointmentType } from '../scheduling/booking-rules.ts';
import { findBlockers } from '../scheduling/conflicts.ts';
import { lockBookedResources } from '../scheduling/resource-locks.ts';
import { expandSeries, selfOverlap } from './series-occurrences.ts';
import { toAppointmentSeries } from './series-scope.ts';
import { type AppointmentSeriesRow, appointmentSeries } from './series-tables.ts';

const fieldProblem = (path: string, message: string) =>
  problem(422, 'validation_failed', 'Some values break a rule.', { errors: [{ path, message }] });

/** Each visit checked by the single-booking rules; hours trouble is collected, anything else refuses the series. */
async function planSeries(
  ctx: AppContext,
  actor: Actor,
  input: CreateAppointmentSeriesInput,
  starts: Temporal.Instant[],
  durationMinutes: number,
) {
  const planned: PlannedVisit[] = [];
  const conflicts: SeriesConflict[] = [];
  for (const start of starts) {
    try {
      planned.push(
        await planVisit(ctx, actor, {
          patientId: input.patientId,
          providerId: input.providerId,
          appointmentTypeId: input.appointmentTypeId,
          operatoryId: input.operatoryId ?? null,
          start: start.toString(),
        }),
      );
    } catch (error) {
      if (!(error instanceof ProblemError && error.code === 'outside_working_hours')) throw error;
      conflicts.push({
        start: new Date(start.epochMilliseconds).toISOString(),
        end: new Date(start.add({ minutes: durationMinutes }).epochMilliseconds).toISOString(),
        reason: 'outside_working_hours',
      });
    }
  }
  return { planned, conflicts };
}

/**
 * Inserts every planned visit, each under a savepoint so that one refused by the EXCLUDE
 * constraints is noted and the rest are still tried: the 409 then lists every clash at once.
 */
async function insertVisits(
  tx: Tx,
  actor: Actor,
  visits: PlannedVisit[],
  context: { seriesId: string; notes: string | null; now: Date },
) {
  const rows: AppointmentRow[] = [];
  const conflicts: SeriesConflict[] = [];
  for (const visit of visits) {
    await expireLapsedHolds(tx, visit, context.now);
    try {
      rows.push(
        await tx.transaction((savepoint) =>
          insertAppointment(
            savepoint,
            actor,
            visit,
            'scheduled',
            null,
            context.notes,
            context.now,
            context.seriesId,
          ),
        ),
      );
    } catch (error) {
      if (sqlState(error) !== exclusionViolation) throw error;
      conflicts.push({
        start: visit.start.toISOString(),
        end: visit.end.toISOString(),
        reason: 'slot_unavailable',
        blockers: await findBlockers(tx, visit, actor, context.now),
      });
    }
  }
  return { rows, conflicts };
}

/** The series' visit starts, or a 422 on the field at fault (unbounded rule, visits colliding). */
function seriesStarts(
  input: CreateAppointmentSeriesInput,
  timeZone: string,
  type: AppointmentTypeRow,
): Temporal.Instant[] {
  const expansion = expandSeries(input.rrule, Temporal.Instant.from(input.start), timeZone);
  if (!expansion.ok) throw fieldProblem(expansion.path, expansion.message);
  const collision = selfOverlap(expansion.occurrences, type.durationMinutes + type.bufferMinutes);
  if (collision) {
    throw fieldProblem(
      'rrule',
      `The visit of ${collision.toPlainDateTime().toString()} overlaps the one before it`,
    );
  }
  return expansion.occurrences.map((occurrence) => occurrence.toInstant());
}

/** Calendars hear of every new visit, and the audit trail records each and the series. */
async function recordBooked(
  ctx: AppContext,
  tx: Tx,
  source: AuditSource,
  series: AppointmentSeriesRow,
  rows: AppointmentRow[],
): Promise<void> {
  for (const row of rows) {
    await publishLiveEvent(tx, 'appointment.created', toAppointment(row));
    await ctx.audit.record(tx, {
      ...source,
      action: 'appointments.book',
      entity: 'appointment',
      entityId: row.id,
      patientId: row.patientId,
      outcome: 'success',
      detail: { seriesId: series.id },
    });
  }
  await ctx.audit.record(tx, {
    ...source,
    action: 'appointment_series.create',
    entity: 'appointment_series',
    entityId: series.id,
    patientId: series.patientId,
    outcome: 'success',
    detail: { rrule: series.rrule, timeZone: series.timeZone, visits: rows.length },
  });
}

/**
 * Books a recurring series all or nothing: the rule is expanded in the clinic's zone, every
 * visit is checked as a single booking would be and inserted in one transaction. If any visit
 * is outside working hours or taken, nothing is booked and `409 series_conflict` lists them all.
 */
export async function bookSeries(
  ctx: AppContext,
  actor: Actor,
  input: CreateAppointmentSeriesInput,
  source: AuditSource,
): Promise<AppointmentSeries> {
  const clinic = await getClinicSettings(ctx.db);
  const type = await activeAppointmentType(ctx.db, input.appointmentTypeId);
  const starts = seriesStarts(input, clinic.timeZone, type);
  const plan = await planSeries(ctx, actor, input, starts, type.durationMinutes);
  const now = ctx.now();

  return withTransaction(ctx.db, async (tx) => {
    // Every visit has the same provider, patient and chair: one set of locks covers them all.
    await lockBookedResources(tx, plan.planned);
    const [series] = await tx
      .insert(appointmentSeries)
      .values({
        patientId: input.patientId,
        providerId: input.providerId,
        appointmentTypeId: input.appointmentTypeId,
        operatoryId: input.operatoryId ?? null,
        rrule: input.rrule,
        timeZone: clinic.timeZone,
        firstStart: new Date(Temporal.Instant.from(input.start).epochMilliseconds),
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!series) throw new Error('appointment series insert returned nothing');
    const inserted = await insertVisits(tx, actor, plan.planned, {
      seriesId: series.id,
      notes: input.notes ?? null,
      now,
    });
    const conflicts = [...plan.conflicts, ...inserted.conflicts].sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start),
    );
    if (conflicts.length > 0) {
      // Thrown inside the transaction, so the series and every visit inserted so far roll back.
      throw problem(
        409,
        'series_conflict',
        `${conflicts.length} of ${starts.length} visits cannot be booked; nothing was booked.`,
        { extensions: { conflicts } },
      );
    }
    await recordBooked(ctx, tx, source, series, inserted.rows);
    return toAppointmentSeries(series, inserted.rows);
  });
}
