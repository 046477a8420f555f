import { inArray, sql } from 'drizzle-orm';
import { canTransition } from '../../../shared/appointment-status.ts';
import type { AppointmentSeries, CancelAppointmentSeriesInput } from '../../../shared/recurring.ts';
import type { AppointmentStatus } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointments } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { publishLiveEvent } from '../live-events/publish-live-event.ts';
import { type AppointmentRow, appointmentColumns, toAppointment } from '../scheduling/appointment-rows.ts';
import { offerFreedSlot } from '../waitlist/offer-freed-slot.ts';
import { findVisibleSeries, seriesAppointments, toAppointmentSeries } from './series-scope.ts';

/**
 * The visits a series cancellation touches: those still ahead that may be cancelled, from the
 * given visit on (or all). Visits already under way or past are left for the desk to settle
 * (checked in, no-show…), so a "cancel the rest" never rewrites history.
 */
export function visitsToCancel(rows: AppointmentRow[], from: Date | undefined, now: Date): AppointmentRow[] {
  return rows.filter(
    (row) =>
      canTransition(row.status as AppointmentStatus, 'cancelled') &&
      row.start > now &&
      (from === undefined || row.start >= from),
  );
}

/** Cancels a whole series, or one visit and every later one, in one transaction. */
export async function cancelSeries(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: CancelAppointmentSeriesInput,
  source: AuditSource,
): Promise<AppointmentSeries> {
  const clinic = await getClinicSettings(ctx.db);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const series = await findVisibleSeries(tx, actor, id, true);
    const rows = await seriesAppointments(tx, id, true);
    let from: Date | undefined;
    if (input.fromAppointmentId !== undefined) {
      const anchor = rows.find((row) => row.id === input.fromAppointmentId);
      if (!anchor) {
        throw problem(422, 'validation_failed', 'Some values break a rule.', {
          errors: [{ path: 'fromAppointmentId', message: 'Not a visit of this series' }],
        });
      }
      from = anchor.start;
    }
    const targets = visitsToCancel(rows, from, now);
    const noticeHours = clinic.bookingPolicy.cancellationNoticeHours;
    // Patients cancel online only outside the notice period, as for a single visit; the whole
    // request is refused rather than silently keeping the visits too close to cancel.
    if (
      actor.role === 'patient' &&
      targets.some((row) => row.start.getTime() - now.getTime() < noticeHours * 3_600_000)
    ) {
      throw problem(
        422,
        'cancellation_window_passed',
        `Changes online are possible until ${noticeHours} hours before. Please call the clinic.`,
      );
    }
    if (targets.length > 0) {
      const statusBefore = new Map(targets.map((row) => [row.id, row.status]));
      const cancelled = await tx
        .update(appointments)
        .set({
          status: 'cancelled',
          cancelReason: input.reason ?? null,
          version: sql`${appointments.version} + 1`,
          updatedAt: now,
        })
        .where(
          inArray(
            appointments.id,
            targets.map((row) => row.id),
          ),
        )
        .returning(appointmentColumns);
      for (const row of cancelled) {
        await publishLiveEvent(tx, 'appointment.cancelled', toAppointment(row));
        await ctx.audit.record(tx, {
          ...source,
          action: 'appointments.cancel',
          entity: 'appointment',
          entityId: row.id,
          patientId: row.patientId,
          outcome: 'success',
          detail: { seriesId: id, from: statusBefore.get(row.id) ?? null, to: 'cancelled' },
        });
        await offerFreedSlot(tx, row, now);
      }
    }
    await ctx.audit.record(tx, {
      ...source,
      action: 'appointment_series.cancel',
      entity: 'appointment_series',
      entityId: id,
      patientId: series.patientId,
      outcome: 'success',
      detail: { fromAppointmentId: input.fromAppointmentId ?? null, cancelled: targets.length },
    });
    return toAppointmentSeries(series, await seriesAppointments(tx, id));
  });
}
