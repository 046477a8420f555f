import { eq, sql } from 'drizzle-orm';
import { type Patient, patientEditableFields, type UpdatePatientInput } from '../../../shared/patients.ts';
import type { AppContext } from '../../context.ts';
import { patients } from '../../db/schema.ts';
import { foreignKeyViolation, sqlState } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { preconditionHolds, type VersionPrecondition } from '../../http/if-match.ts';
import { notFound, problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { currentAlerts } from '../medical-history/current-alerts.ts';
import { assertGuarantorFits } from './guarantor-rules.ts';
import { patientColumnValues } from './patient-fields.ts';
import { findVisiblePatient } from './patient-scope.ts';
import { toPatient } from './patient-view.ts';

const editableByPatient = new Set<string>(patientEditableFields);

/**
 * Changes the fields given. With `If-Match` the write lands only on the version the client
 * read, so two people editing one record never silently overwrite each other.
 */
export async function updatePatient(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdatePatientInput,
  ifMatch: VersionPrecondition | undefined,
  source: AuditSource,
): Promise<Patient> {
  if (actor.role === 'patient') {
    const forbidden = Object.keys(input).filter((key) => !editableByPatient.has(key));
    if (forbidden.length > 0) {
      throw problem(
        403,
        'forbidden',
        'Patients may change their contact details only; ask the clinic for the rest.',
        {
          errors: forbidden.map((path) => ({ path, message: 'Not editable by the patient' })),
        },
      );
    }
  }
  if (input.guardianPatientId === id) {
    throw problem(422, 'validation_failed', 'Some values break a rule.', {
      errors: [{ path: 'guardianPatientId', message: 'A patient cannot be their own guardian' }],
    });
  }
  const { country } = await getClinicSettings(ctx.db);
  const { guarantorId, ...fields } = input;
  const values = {
    ...patientColumnValues(fields, country ?? 'US'),
    ...(guarantorId === undefined ? {} : { guarantorPatientId: guarantorId }),
  };
  const now = ctx.now();
  const row = await withTransaction(ctx.db, async (tx) => {
    const current = await findVisiblePatient(tx, actor, id, true);
    if (!preconditionHolds(ifMatch, current.version)) {
      throw problem(
        412,
        'precondition_failed',
        'Someone else saved this patient after you opened it. Reload to see their changes.',
        {
          extensions: { currentVersion: current.version },
        },
      );
    }
    if (guarantorId) await assertGuarantorFits(tx, current.id, guarantorId);
    const [updated] = await tx
      .update(patients)
      .set({ ...values, version: sql`${patients.version} + 1`, updatedBy: actor.userId, updatedAt: now })
      .where(eq(patients.id, current.id))
      .returning();
    if (!updated) throw notFound('No such patient.');
    await ctx.audit.record(tx, {
      ...source,
      action: 'patients.update',
      entity: 'patient',
      entityId: updated.id,
      patientId: updated.id,
      outcome: 'success',
      detail: { fields: Object.keys(input), version: updated.version },
    });
    return updated;
  }).catch((error: unknown) => {
    if (sqlState(error) === foreignKeyViolation) {
      throw problem(422, 'validation_failed', 'Some values break a rule.', {
        errors: [{ path: 'guardianPatientId', message: 'No such patient' }],
      });
    }
    throw error;
  });
  const alerts = await currentAlerts(ctx.db, [row.id]);
  return toPatient(row, alerts.get(row.id) ?? []);
}

export async function setPatientArchived(
  ctx: AppContext,
  actor: Actor,
  id: string,
  archived: boolean,
  source: AuditSource,
): Promise<Patient> {
  const now = ctx.now();
  const row = await withTransaction(ctx.db, async (tx) => {
    const current = await findVisiblePatient(tx, actor, id, true);
    const [updated] = await tx
      .update(patients)
      .set({
        archivedAt: archived ? (current.archivedAt ?? now) : null,
        version: sql`${patients.version} + 1`,
        updatedBy: actor.userId,
        updatedAt: now,
      })
      .where(eq(patients.id, current.id))
      .returning();
    if (!updated) throw notFound('No such patient.');
    await ctx.audit.record(tx, {
      ...source,
      action: archived ? 'patients.archive' : 'patients.unarchive',
      entity: 'patient',
      entityId: updated.id,
      patientId: updated.id,
      outcome: 'success',
    });
    return updated;
  });
  const alerts = await currentAlerts(ctx.db, [row.id]);
  return toPatient(row, alerts.get(row.id) ?? []);
}
