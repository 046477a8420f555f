import type { CreatePatientInput, Patient } from '../../../shared/patients.ts';
import type { AppContext } from '../../context.ts';
import { patients } from '../../db/schema.ts';
import { foreignKeyViolation, sqlState } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { currentAlerts } from '../medical-history/current-alerts.ts';
import { findPossibleDuplicates } from './find-duplicates.ts';
import { patientColumnValues } from './patient-fields.ts';
import { toPatient, toPatientSummary } from './patient-view.ts';

/**
 * Registers a patient. A probable duplicate (same name and birth date, phone or email) is
 * answered `409 possible_duplicate` with the candidates, until the desk confirms it is
 * someone else: two charts for one person is how allergies get missed.
 */
export async function createPatient(
  ctx: AppContext,
  actor: Actor,
  input: CreatePatientInput,
  source: AuditSource,
): Promise<Patient> {
  const { country } = await getClinicSettings(ctx.db);
  const values = patientColumnValues(input, country ?? 'US');
  if (!input.confirmNotDuplicate) {
    const candidates = await findPossibleDuplicates(ctx.db, {
      firstName: input.firstName,
      lastName: input.lastName,
      dateOfBirth: input.dateOfBirth,
      phone: values.phone,
      email: values.email,
    });
    if (candidates.length > 0) {
      throw problem(409, 'possible_duplicate', 'This may be a patient who is already registered.', {
        extensions: { candidates: candidates.map((row) => toPatientSummary(row, [])) },
      });
    }
  }
  const now = ctx.now();
  const row = await withTransaction(ctx.db, async (tx) => {
    const [created] = await tx
      .insert(patients)
      .values({
        firstName: input.firstName,
        lastName: input.lastName,
        dateOfBirth: input.dateOfBirth,
        ...values,
        createdBy: actor.userId,
        updatedBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!created) throw new Error('patient insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action: 'patients.create',
      entity: 'patient',
      entityId: created.id,
      patientId: created.id,
      outcome: 'success',
    });
    return created;
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
