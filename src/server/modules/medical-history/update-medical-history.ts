import { eq, max, sql } from 'drizzle-orm';
import type { MedicalHistory, MedicalHistoryContent } from '../../../shared/medical-history.ts';
import type { AppContext } from '../../context.ts';
import { type Tx, withTransaction } from '../../db/transaction.ts';
import { preconditionHolds, type VersionPrecondition } from '../../http/if-match.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findVisiblePatient } from '../patients/patient-scope.ts';
import { medicalHistoryVersions } from './medical-history-tables.ts';
import { toMedicalHistory } from './medical-history-view.ts';

export type UpdateMedicalHistoryInput = {
  patientId: string;
  content: MedicalHistoryContent;
  /** From If-Match; absent means "whatever the current version is". */
  precondition?: VersionPrecondition | undefined;
};

async function currentVersion(tx: Tx, patientId: string): Promise<number> {
  const [row] = await tx
    .select({ version: max(medicalHistoryVersions.version) })
    .from(medicalHistoryVersions)
    .where(eq(medicalHistoryVersions.patientId, patientId));
  return row?.version ?? 0;
}

/**
 * Records the whole history as the next version. Writers of one patient queue on the
 * patient row (FOR UPDATE), so each reads the version its predecessor committed and
 * appends the one after: no two share a number and none is lost. The primary key and the
 * table's trigger would refuse a duplicate or a gap even without the lock.
 */
export async function updateMedicalHistory(
  ctx: AppContext,
  actor: Actor,
  input: UpdateMedicalHistoryInput,
  source: AuditSource,
): Promise<MedicalHistory> {
  return withTransaction(ctx.db, async (tx) => {
    const patient = await findVisiblePatient(tx, actor, input.patientId, true);
    const current = await currentVersion(tx, patient.id);
    if (!preconditionHolds(input.precondition, current)) {
      throw problem(412, 'precondition_failed', 'The medical history changed since it was read.', {
        extensions: { currentVersion: current },
      });
    }
    const [row] = await tx
      .insert(medicalHistoryVersions)
      .values({
        patientId: patient.id,
        version: current + 1,
        ...input.content,
        // The clock after the lock, not now() (the transaction's start): a writer that queued
        // behind another must not appear to have written before it.
        createdAt: sql`clock_timestamp()`,
        createdBy: actor.userId,
        createdByRole: actor.role,
      })
      .returning();
    if (!row) throw new Error('medical history insert returned nothing');
    // Last before commit: the audit head row is one lock for every writer of the clinic.
    await ctx.audit.record(tx, {
      ...source,
      action: 'medical_history.update',
      entity: 'medical_history',
      entityId: patient.id,
      patientId: patient.id,
      outcome: 'success',
      detail: { version: row.version },
    });
    return toMedicalHistory({ row, authorName: actor.name });
  });
}
