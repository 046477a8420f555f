import { eq, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { canTransition, isReschedulable, transitionPermission } from '../../../shared/appointment-status.ts';
import { roleMay } from '../../../shared/permissions.ts';
import { type Appointment, type AppointmentStatus, appointmentMinutes } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointments } from '../../db/schema.ts';
import { exclusionViolation, sqlState } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { preconditionHolds, type VersionPrecondition } from '../../http/if-match.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { postVisitFee, reverseVisitFee } from '../billing/post-visit-fee.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { publishLiveEvent } from '../live-events/publish-live-event.ts';
import { offerFreedSlot } from '../waitlist/offer-freed-slot.ts';
import { changedFields } from './appointment-changes.ts';
import { type AppointmentRow, appointmentColumns, rangeOf, toAppointment } from './appointment-rows.ts';
import { findVisibleAppointment } from './appointment-scope.ts';
import { type PlannedVisit, planVisit } from './book-appointment.ts';
import { lockBookedResources } from './resource-locks.ts';
import { slotUnavailable } from './slot-unavailable.ts';

function assertVersion(ifMatch: VersionPrecondition | undefined, version: number) {
  if (!preconditionHolds(ifMatch, version)) {
    throw problem(412, 'precondition_failed', 'Someone else changed this appointment after you opened it.', {
      extensions: { currentVersion: version },
    });
  }
}

function assertPatientNotice(ctx: AppContext, actor: Actor, start: Date, noticeHours: number) {
  if (actor.role !== 'patient') return;
  if (start.getTime() - ctx.now().getTime() < noticeHours * 3_600_000) {
    throw problem(
      422,
      'cancellation_window_passed',
      `Changes online are possible until ${noticeHours} hours before. Please call the clinic.`,
    );
  }
}

/** The length a resize asks for, within the bounds an appointment type may have. */
function lengthInMinutes(start: string, end: string): number {
  const minutes = Temporal.Instant.from(start).until(Temporal.Instant.from(end)).total('minutes');
  if (!Number.isInteger(minutes) || minutes < appointmentMinutes.min || minutes > appointmentMinutes.max) {
    throw problem(422, 'validation_failed', 'Some values break a rule.', {
      errors: [
        {
          path: 'end',
          message: `Must be whole minutes, ${appointmentMinutes.min} to ${appointmentMinutes.max} minutes after the start`,
        },
      ],
    });
  }
  return minutes;
}

/** Where and how long the visit would be after the change, checked as a new booking is. */
function planMove(ctx: AppContext, actor: Actor, current: AppointmentRow, input: RescheduleChanges) {
  const start = input.start ?? Temporal.Instant.fromEpochMilliseconds(current.start.getTime()).toString();
  return planVisit(
    ctx,
    actor,
    {
      patientId: current.patientId,
      providerId: input.providerId ?? current.providerId,
      appointmentTypeId: input.appointmentTypeId ?? current.appointmentTypeId,
      start,
      operatoryId: input.operatoryId === undefined ? current.operatoryId : input.operatoryId,
      override: input.override,
    },
    {
      excludeAppointmentId: current.id,
      // A new type without an explicit end takes the type's own length.
      durationMinutes:
        input.end !== undefined
          ? lengthInMinutes(start, input.end)
          : input.appointmentTypeId !== undefined && input.appointmentTypeId !== current.appointmentTypeId
            ? undefined
            : (current.end.getTime() - current.start.getTime()) / 60_000,
    },
  );
}

/** Which fields changed, and the ids a type or chair change went between (no notes text). */
function changeDetail(before: AppointmentRow, after: AppointmentRow) {
  const changed = changedFields(before, after);
  return {
    changed,
    ...(changed.includes('type')
      ? { fromTypeId: before.appointmentTypeId, toTypeId: after.appointmentTypeId }
      : {}),
    ...(changed.includes('chair')
      ? { fromOperatoryId: before.operatoryId, toOperatoryId: after.operatoryId }
      : {}),
  };
}

type RescheduleChanges = {
  start?: string | undefined;
  end?: string | undefined;
  providerId?: string | undefined;
  operatoryId?: string | null | undefined;
  appointmentTypeId?: string | undefined;
  notes?: string | null | undefined;
  override?: boolean | undefined;
};

/**
 * Moves a visit (time, provider, chair), changes its length or its type, or its notes, under
 * the same rules and constraints as a new booking.
 */
export async function rescheduleAppointment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: RescheduleChanges,
  ifMatch: VersionPrecondition | undefined,
  source: AuditSource,
): Promise<Appointment> {
  const moving =
    input.start !== undefined ||
    input.end !== undefined ||
    input.providerId !== undefined ||
    input.operatoryId !== undefined ||
    input.appointmentTypeId !== undefined;
  const now = ctx.now();
  let visit: PlannedVisit | undefined;
  try {
    return await withTransaction(ctx.db, async (tx) => {
      // Locked before anything is planned from it: a change that committed meanwhile is where
      // this one starts from, not something it silently undoes.
      const current = await findVisibleAppointment(tx, actor, id, true);
      if (actor.role === 'patient') {
        if (
          input.providerId !== undefined ||
          input.operatoryId !== undefined ||
          input.end !== undefined ||
          input.appointmentTypeId !== undefined
        ) {
          throw problem(403, 'forbidden', 'Patients may change the time only.');
        }
        const clinic = await getClinicSettings(tx);
        assertPatientNotice(ctx, actor, current.start, clinic.bookingPolicy.cancellationNoticeHours);
      }
      if (moving && !isReschedulable(current.status as AppointmentStatus)) {
        throw problem(
          409,
          'invalid_transition',
          `A ${current.status.replace('_', ' ')} appointment can no longer be moved.`,
        );
      }
      assertVersion(ifMatch, current.version);
      visit = moving ? await planMove({ ...ctx, db: tx }, actor, current, input) : undefined;
      // Where it is and where it goes: a writer waiting on the old entry must hold a shared lock too.
      await lockBookedResources(tx, visit ? [current, visit] : [current]);
      const [row] = await tx
        .update(appointments)
        .set({
          ...(visit
            ? {
                providerId: visit.providerId,
                operatoryId: visit.operatoryId,
                appointmentTypeId: visit.type.id,
                period: rangeOf(visit.start, visit.end) as unknown as string,
                blocked: rangeOf(visit.start, visit.blockedUntil) as unknown as string,
              }
            : {}),
          ...(input.notes !== undefined ? { notes: input.notes } : {}),
          version: sql`${appointments.version} + 1`,
          updatedAt: now,
        })
        .where(eq(appointments.id, id))
        .returning(appointmentColumns);
      if (!row) throw problem(404, 'not_found', 'No such appointment.');
      const appointment = toAppointment(row);
      await publishLiveEvent(tx, 'appointment.updated', appointment);
      // The time moved away from goes to the waitlist, in this transaction.
      if (visit) await offerFreedSlot(tx, current, now);
      await ctx.audit.record(tx, {
        ...source,
        action: 'appointments.reschedule',
        entity: 'appointment',
        entityId: id,
        patientId: row.patientId,
        outcome: 'success',
        detail: {
          from: current.start.toISOString(),
          to: row.start.toISOString(),
          ...(input.end !== undefined
            ? { fromEnd: current.end.toISOString(), toEnd: row.end.toISOString() }
            : {}),
          ...changeDetail(current, row),
        },
      });
      return appointment;
    });
  } catch (error) {
    if (sqlState(error) === exclusionViolation && visit)
      throw await slotUnavailable(ctx, actor, visit, now, id);
    throw error;
  }
}

/** Moves the visit along its life cycle; illegal moves are `409 invalid_transition`. */
export async function changeAppointmentStatus(
  ctx: AppContext,
  actor: Actor,
  id: string,
  status: AppointmentStatus,
  source: AuditSource,
  reason: string | null = null,
): Promise<Appointment> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const current = await findVisibleAppointment(tx, actor, id, true);
    if (status === 'cancelled' && actor.role === 'patient') {
      const clinic = await getClinicSettings(tx);
      assertPatientNotice(ctx, actor, current.start, clinic.bookingPolicy.cancellationNoticeHours);
    }
    const from = current.status as AppointmentStatus;
    if (!canTransition(from, status)) {
      throw problem(409, 'invalid_transition', `An appointment cannot go from ${from} to ${status}.`, {
        extensions: { from, to: status },
      });
    }
    // The route checked `appointments.status` (patients cancel through their own route); undoing a completion needs more.
    const needed = transitionPermission(from, status);
    if (needed === 'appointments.reopen' && !roleMay(actor.role, needed)) {
      throw problem(403, 'forbidden', 'Only a manager can undo a completed visit.');
    }
    // A row that stays active gets new index entries, checked by the EXCLUDE constraints like an insert.
    await lockBookedResources(tx, [current]);
    const [row] = await tx
      .update(appointments)
      .set({
        status,
        ...(status === 'cancelled' ? { cancelReason: reason } : {}),
        version: sql`${appointments.version} + 1`,
        updatedAt: now,
      })
      .where(eq(appointments.id, id))
      .returning(appointmentColumns);
    if (!row) throw problem(404, 'not_found', 'No such appointment.');
    const appointment = toAppointment(row);
    await publishLiveEvent(
      tx,
      status === 'cancelled' ? 'appointment.cancelled' : 'appointment.updated',
      appointment,
    );
    if (status === 'cancelled') await offerFreedSlot(tx, row, now);
    // The fee moves with the completion, in this transaction: a closed day refuses both.
    if (status === 'completed') await postVisitFee(ctx, tx, current, source);
    if (from === 'completed') await reverseVisitFee(ctx, tx, current, source);
    await ctx.audit.record(tx, {
      ...source,
      action: status === 'cancelled' ? 'appointments.cancel' : 'appointments.status',
      entity: 'appointment',
      entityId: id,
      patientId: row.patientId,
      outcome: 'success',
      detail: { from, to: status },
    });
    return appointment;
  });
}
