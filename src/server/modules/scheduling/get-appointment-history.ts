import type { AppointmentHistory } from '../../../shared/appointment-history.ts';
import type { AppContext } from '../../context.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { findEntityEvents } from '../audit/find-entity-events.ts';
import type { Actor } from '../auth/authenticate.ts';
import { appointmentHistoryActions, toHistoryEvent } from './appointment-history.ts';
import { findVisibleAppointment } from './appointment-scope.ts';

/** Who booked, moved, changed and cancelled a visit, and when, from the audit trail. */
export async function getAppointmentHistory(
  ctx: AppContext,
  actor: Actor,
  id: string,
  source: AuditSource,
): Promise<AppointmentHistory> {
  const appointment = await findVisibleAppointment(ctx.db, actor, id);
  const events = await findEntityEvents(ctx.db, {
    entity: 'appointment',
    entityId: id,
    patientId: appointment.patientId,
    actions: appointmentHistoryActions,
  });
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'appointments.read',
    entity: 'appointment',
    entityId: id,
    patientId: appointment.patientId,
    outcome: 'success',
    detail: { history: true },
  });
  return {
    appointmentId: id,
    events: events.flatMap((event) => toHistoryEvent(event, appointment) ?? []),
  };
}
