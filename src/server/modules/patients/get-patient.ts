import type { Patient } from '../../../shared/patients.ts';
import type { AppContext } from '../../context.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { currentAlerts } from '../medical-history/current-alerts.ts';
import { findVisiblePatient } from './patient-scope.ts';
import { toPatient } from './patient-view.ts';

export async function getPatient(
  ctx: AppContext,
  actor: Actor,
  id: string,
  source: AuditSource,
): Promise<Patient> {
  const row = await findVisiblePatient(ctx.db, actor, id);
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'patients.read',
    entity: 'patient',
    entityId: row.id,
    patientId: row.id,
    outcome: 'success',
  });
  const alerts = await currentAlerts(ctx.db, [row.id]);
  return toPatient(row, alerts.get(row.id) ?? []);
}
