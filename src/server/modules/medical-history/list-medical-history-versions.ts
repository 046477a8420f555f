import { and, desc, eq, lt } from 'drizzle-orm';
import {
  decodeVersionCursor,
  emptyMedicalHistoryContent,
  encodeVersionCursor,
  type MedicalHistoryVersionList,
  type MedicalHistoryVersionsQuery,
} from '../../../shared/medical-history.ts';
import type { AppContext } from '../../context.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findVisiblePatient } from '../patients/patient-scope.ts';
import { describeChanges } from './describe-changes.ts';
import { medicalHistoryVersions } from './medical-history-tables.ts';
import { authorOf, contentOf, selectAuthoredVersions } from './medical-history-view.ts';

export type ListMedicalHistoryVersionsInput = { patientId: string } & MedicalHistoryVersionsQuery;

/** Newest first, each with who wrote it, when, and what it changed from the version before. */
export async function listMedicalHistoryVersions(
  ctx: AppContext,
  actor: Actor,
  input: ListMedicalHistoryVersionsInput,
  source: AuditSource,
): Promise<MedicalHistoryVersionList> {
  const patient = await findVisiblePatient(ctx.db, actor, input.patientId);
  // The query schema has already refused cursors that do not decode.
  const before = input.cursor === undefined ? undefined : decodeVersionCursor(input.cursor);
  // One row past the page: it tells whether another page exists and is the version the
  // page's oldest entry is compared with. Without it, that entry is version 1.
  const rows = await selectAuthoredVersions(ctx.db)
    .where(
      and(
        eq(medicalHistoryVersions.patientId, patient.id),
        before === undefined ? undefined : lt(medicalHistoryVersions.version, before),
      ),
    )
    .orderBy(desc(medicalHistoryVersions.version))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const items = page.map((entry, index) => {
    const previous = rows[index + 1];
    return {
      version: entry.row.version,
      createdAt: entry.row.createdAt.toISOString(),
      createdBy: authorOf(entry),
      changes: describeChanges(
        previous ? contentOf(previous.row) : emptyMedicalHistoryContent,
        contentOf(entry.row),
      ),
    };
  });
  const newest = items.at(0);
  const oldest = items.at(-1);
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'medical_history.versions',
    entity: 'medical_history',
    entityId: patient.id,
    patientId: patient.id,
    outcome: 'success',
    // Versions are numbered without gaps, so the range names exactly what was shown.
    detail: { version: newest?.version ?? null, oldestVersion: oldest?.version ?? null },
  });
  return {
    items,
    nextCursor: rows.length > input.limit && oldest ? encodeVersionCursor(oldest.version) : null,
  };
}
