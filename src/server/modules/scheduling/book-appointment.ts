import { and, eq, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { Appointment, BookAppointmentInput } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointments } from '../../db/schema.ts';
import { exclusionViolation, sqlState } from '../../db/sql-state.ts';
import type { Tx } from '../../db/transaction.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { assertDepositPaid } from '../billing/deposit-rules.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { publishLiveEvent } from '../live-events/publish-live-event.ts';
import { findVisiblePatient } from '../patients/patient-scope.ts';
import { appointmentColumns, rangeOf, toAppointment } from './appointment-rows.ts';
import { assertNotInThePast } from './assert-not-in-the-past.ts';
import type { AppointmentTypeRow } from './availability-data.ts';
import {
  activeAppointmentType,
  assertOperatoryUsable,
  assertProviderOffers,
  withinWorkingHours,
} from './booking-rules.ts';
import { findBlockers } from './conflicts.ts';
import { convertHold, heldChair } from './convert-hold.ts';
import { settleIdempotentRequest } from './idempotency.ts';
import { assertPatientMayBook } from './patient-booking-policy.ts';
import { lockBookedResources } from './resource-locks.ts';
import { slotUnavailable } from './slot-unavailable.ts';

export type PlannedVisit = {
  patientId: string;
  providerId: string;
  operatoryId: string | null;
  type: AppointmentTypeRow;
  start: Date;
  end: Date;
  blockedUntil: Date;
};

/** Checks everything but the other appointments, which the database's constraints decide. */
export async function planVisit(
  ctx: AppContext,
  actor: Actor,
  input: BookAppointmentInput,
  // A visit moved or resized in the book keeps the length it has, not its type's (and is not in its own way).
  length: { durationMinutes?: number | undefined; excludeAppointmentId?: string } = {},
): Promise<PlannedVisit> {
  const offered = await activeAppointmentType(ctx.db, input.appointmentTypeId);
  const type = length.durationMinutes ? { ...offered, durationMinutes: length.durationMinutes } : offered;
  await findVisiblePatient(ctx.db, actor, input.patientId);
  await assertProviderOffers(ctx.db, input.providerId, type.id);
  await assertOperatoryUsable(ctx.db, input.operatoryId);
  const start = Temporal.Instant.from(input.start);
  if (start.epochMilliseconds % 60_000 !== 0) {
    throw problem(422, 'validation_failed', 'Some values break a rule.', {
      errors: [{ path: 'start', message: 'Appointments start on a whole minute' }],
    });
  }
  const clinic = await getClinicSettings(ctx.db);
  const now = ctx.now();
  if (actor.role === 'patient') {
    await assertPatientMayBook(ctx, clinic, {
      type,
      providerId: input.providerId,
      start,
      now,
      override: input.override,
    });
  }
  const startDate = new Date(start.epochMilliseconds);
  const end = new Date(startDate.getTime() + type.durationMinutes * 60_000);
  const visit: PlannedVisit = {
    patientId: input.patientId,
    providerId: input.providerId,
    operatoryId: input.operatoryId ?? null,
    type,
    start: startDate,
    end,
    blockedUntil: new Date(end.getTime() + type.bufferMinutes * 60_000),
  };
  if (
    actor.role !== 'patient' &&
    !input.override &&
    !(await withinWorkingHours(ctx.db, clinic, { providerId: input.providerId, type, start, now }))
  ) {
    throw await outsideWorkingHours(ctx, actor, visit, now, length.excludeAppointmentId);
  }
  return visit;
}

/**
 * `422 outside_working_hours`, with everything the desk needs to decide at once: whether only
 * the clean-up after the visit runs past the hours (`reason: 'buffer'`), and any visit that
 * would still be in the way once the hours are overridden (`blockers`).
 */
async function outsideWorkingHours(
  ctx: AppContext,
  actor: Actor,
  visit: PlannedVisit,
  now: Date,
  excludeAppointmentId: string | undefined,
) {
  const clinic = await getClinicSettings(ctx.db);
  const start = Temporal.Instant.fromEpochMilliseconds(visit.start.getTime());
  const buffer = visit.type.bufferMinutes;
  const withoutBuffer =
    buffer > 0 &&
    (await withinWorkingHours(ctx.db, clinic, {
      providerId: visit.providerId,
      type: { ...visit.type, bufferMinutes: 0 },
      start,
      now,
    }));
  const blockers = await findBlockers(
    ctx.db,
    { ...visit, ...(excludeAppointmentId ? { excludeAppointmentId } : {}) },
    actor,
    now,
  );
  return problem(
    422,
    'outside_working_hours',
    'The provider does not work then (hours, holiday or time off).',
    {
      extensions: { reason: withoutBuffer ? 'buffer' : 'hours', bufferMinutes: buffer, blockers },
    },
  );
}

/** Lapsed holds still hold their rows; expiring the overlapping ones first means they never block. */
export async function expireLapsedHolds(tx: Tx, visit: PlannedVisit, now: Date): Promise<void> {
  await tx
    .update(appointments)
    .set({ status: 'expired', updatedAt: now })
    .where(
      and(
        eq(appointments.status, 'held'),
        sql`${appointments.holdExpiresAt} <= ${now.toISOString()}::timestamptz`,
        sql`(${appointments.providerId} = ${visit.providerId} OR ${appointments.patientId} = ${visit.patientId}
          OR ${appointments.operatoryId} IS NOT DISTINCT FROM ${visit.operatoryId}::uuid)`,
        sql`${appointments.blocked} && ${rangeOf(visit.start, visit.blockedUntil)}`,
      ),
    );
}

/**
 * Books a visit. Conflicts are decided by the EXCLUDE constraints, so two desks racing for a
 * slot get one 201 and one 409, never two appointments; the 409 says who is in the way and
 * offers the next open slots.
 */
export async function bookAppointment(
  ctx: AppContext,
  actor: Actor,
  input: BookAppointmentInput,
  source: AuditSource,
): Promise<Appointment> {
  assertNotInThePast(actor, input, ctx.now());
  // A hold becomes the visit the booking asks for: in the chair it names, free or not like any
  // other booking's, and in the chair the hold kept when it names none.
  const heldIn = input.holdId ? await heldChair(ctx.db, actor, input.holdId) : null;
  const visit = await planVisit(
    ctx,
    actor,
    input.holdId && input.operatoryId === undefined ? { ...input, operatoryId: heldIn } : input,
  );
  if (actor.role === 'patient') await assertDepositPaid(ctx.db, visit.type.id, input.holdId);
  const now = ctx.now();
  try {
    return await withTransaction(ctx.db, async (tx) => {
      // Where the hold is and where it goes, as for a move.
      await lockBookedResources(tx, heldIn ? [visit, { ...visit, operatoryId: heldIn }] : [visit]);
      await expireLapsedHolds(tx, visit, now);
      const row = input.holdId
        ? await convertHold(tx, actor, input.holdId, visit, now, input.notes ?? null)
        : await insertAppointment(tx, actor, visit, 'scheduled', null, input.notes ?? null, now);
      const appointment = toAppointment(row);
      await publishLiveEvent(tx, 'appointment.created', appointment);
      await ctx.audit.record(tx, {
        ...source,
        action: 'appointments.book',
        entity: 'appointment',
        entityId: appointment.id,
        patientId: appointment.patientId,
        outcome: 'success',
        detail: { override: input.override === true, fromHold: input.holdId !== undefined },
      });
      await settleIdempotentRequest(tx, appointment);
      return appointment;
    });
  } catch (error) {
    // A hold that reaches the constraints is the caller's own for this visit: not in its own way.
    if (sqlState(error) === exclusionViolation)
      throw await slotUnavailable(ctx, actor, visit, now, input.holdId);
    throw error;
  }
}

export async function insertAppointment(
  tx: Tx,
  actor: Actor,
  visit: PlannedVisit,
  status: 'scheduled' | 'held',
  holdExpiresAt: Date | null,
  notes: string | null,
  now: Date,
  seriesId: string | null = null,
) {
  const [row] = await tx
    .insert(appointments)
    .values({
      patientId: visit.patientId,
      providerId: visit.providerId,
      operatoryId: visit.operatoryId,
      appointmentTypeId: visit.type.id,
      status,
      period: rangeOf(visit.start, visit.end) as unknown as string,
      blocked: rangeOf(visit.start, visit.blockedUntil) as unknown as string,
      holdExpiresAt,
      notes,
      seriesId,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning(appointmentColumns);
  if (!row) throw new Error('appointment insert returned nothing');
  return row;
}
