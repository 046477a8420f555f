import type { AppointmentSeries } from '../../../shared/recurring.ts';
import type { AppContext } from '../../context.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findVisibleSeries, seriesAppointments, toAppointmentSeries } from './series-scope.ts';

/** A series and all its visits, cancelled ones included, if the actor may see it. */
export async function getSeries(
  ctx: AppContext,
  actor: Actor,
  id: string,
  source: AuditSource,
): Promise<AppointmentSeries> {
  const series = await findVisibleSeries(ctx.db, actor, id);
  const rows = await seriesAppointments(ctx.db, id);
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'appointment_series.read',
    entity: 'appointment_series',
    entityId: id,
    patientId: series.patientId,
    outcome: 'success',
  });
  return toAppointmentSeries(series, rows);
}
