import { and, desc, eq } from 'drizzle-orm';
import type { MedicalHistory } from '../../../shared/medical-history.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findVisiblePatient } from '../patients/patient-scope.ts';
import { medicalHistoryVersions } from './medical-history-tables.ts';
import {
  type AuthoredVersion,
  noMedicalHistory,
  selectAuthoredVersions,
  toMedicalHistory,
} from './medical-history-view.ts';

export async function latestVersion(db: Db, patientId: string): Promise<AuthoredVersion | undefined> {
  const [latest] = await selectAuthoredVersions(db)
    .where(eq(medicalHistoryVersions.patientId, patientId))
    .orderBy(desc(medicalHistoryVersions.version))
    .limit(1);
  return latest;
}

/** The current medical history (version 0 and empty lists when nothing is recorded yet). */
export async function readMedicalHistory(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  source: AuditSource,
): Promise<MedicalHistory> {
  const patient = await findVisiblePatient(ctx.db, actor, patientId);
  const latest = await latestVersion(ctx.db, patient.id);
  const history = latest ? toMedicalHistory(latest) : noMedicalHistory;
  // Recorded before answering: a read that cannot be audited is not served.
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'medical_history.read',
    entity: 'medical_history',
    entityId: patient.id,
    patientId: patient.id,
    outcome: 'success',
    detail: { version: history.version },
  });
  return history;
}

/** One past (or the current) version exactly as it was written. */
export async function readMedicalHistoryVersion(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  version: number,
  source: AuditSource,
): Promise<MedicalHistory> {
  const patient = await findVisiblePatient(ctx.db, actor, patientId);
  const [found] = await selectAuthoredVersions(ctx.db).where(
    and(eq(medicalHistoryVersions.patientId, patient.id), eq(medicalHistoryVersions.version, version)),
  );
  if (!found) throw notFound('No such medical history version.');
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'medical_history.read',
    entity: 'medical_history',
    entityId: patient.id,
    patientId: patient.id,
    outcome: 'success',
    detail: { version },
  });
  return toMedicalHistory(found);
}
