import { and, asc, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PatientSummary } from '../../../shared/patients.ts';
import type { AppContext } from '../../context.ts';
import { patients } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { currentAlerts } from '../medical-history/current-alerts.ts';
import type { PatientRow } from './patient-scope.ts';
import { toPatientSummary } from './patient-view.ts';
import { escapeLike, interpretSearch, type SearchIntent } from './search-query.ts';

export type PatientSearch = {
  q?: string | undefined;
  includeArchived?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
};

const summaryColumns = {
  id: patients.id,
  firstName: patients.firstName,
  lastName: patients.lastName,
  preferredName: patients.preferredName,
  dateOfBirth: patients.dateOfBirth,
  email: patients.email,
  phone: patients.phone,
  archivedAt: patients.archivedAt,
};

type SummaryRow = Pick<
  PatientRow,
  'id' | 'firstName' | 'lastName' | 'preferredName' | 'dateOfBirth' | 'email' | 'phone' | 'archivedAt'
>;

// Low enough that one typo in a short surname ("slva" → "silva") still matches.
const wordSimilarityThreshold = 0.45;

function matchCondition(intent: SearchIntent): { where: SQL | undefined; rank: SQL | undefined } {
  switch (intent.kind) {
    case 'date':
      return { where: eq(patients.dateOfBirth, intent.date), rank: undefined };
    case 'phone':
      return { where: sql`${patients.phoneDigits} LIKE ${`%${intent.digits}%`}`, rank: undefined };
    case 'email':
      return {
        where: sql`lower(${patients.email}) LIKE ${`${escapeLike(intent.prefix)}%`}`,
        rank: undefined,
      };
    case 'name': {
      const folded = sql`lower(immutable_unaccent(${intent.text}))`;
      const prefix = sql`${patients.searchName} LIKE lower(immutable_unaccent(${`${escapeLike(intent.text)}%`}))`;
      if (intent.text.length < 3) {
        // Too short for trigrams: names that start with it, or have a word that does.
        const wordPrefix = sql`${patients.searchName} LIKE lower(immutable_unaccent(${`% ${escapeLike(intent.text)}%`}))`;
        return { where: or(prefix, wordPrefix), rank: sql`(${prefix})::int` };
      }
      // People also type the start of an email address without the @.
      const emailPrefix = sql`lower(${patients.email}) LIKE ${`${escapeLike(intent.text)}%`}`;
      return {
        where: or(sql`${folded} <% ${patients.searchName}`, emailPrefix),
        rank: sql`(${prefix})::int + word_similarity(${folded}, ${patients.searchName})`,
      };
    }
  }
}

function decodeCursor(cursor: string | undefined): [string, string, string] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const [lastName, firstName, id] = Array.isArray(value) ? value : [];
    if (
      typeof lastName === 'string' &&
      typeof firstName === 'string' &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/.test(id)
    ) {
      return [lastName, firstName, id];
    }
  } catch {
    // Reported below.
  }
  throw problem(400, 'validation_failed', 'Invalid cursor.', {
    errors: [{ path: 'query.cursor', message: 'Invalid cursor' }],
  });
}

/**
 * Search as you type (ranked best first) or, without `q`, the alphabetical list a page at
 * a time. Archived patients appear only when asked for. Every search is audited with the
 * ids it returned.
 */
export async function searchPatients(ctx: AppContext, input: PatientSearch, source: AuditSource) {
  const { locale } = await getClinicSettings(ctx.db);
  const archived = input.includeArchived ? undefined : isNull(patients.archivedAt);
  const query = input.q?.trim() ?? '';
  const page = await withTransaction(ctx.db, async (tx) => {
    let rows: SummaryRow[];
    let nextCursor: string | null = null;
    if (query === '') {
      const after = decodeCursor(input.cursor);
      const listed = await tx
        .select(summaryColumns)
        .from(patients)
        .where(
          and(
            archived,
            after
              ? sql`(${patients.lastName}, ${patients.firstName}, ${patients.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(patients.lastName), asc(patients.firstName), asc(patients.id))
        .limit(input.limit + 1);
      const last = listed[input.limit - 1];
      if (listed.length > input.limit && last) {
        nextCursor = Buffer.from(JSON.stringify([last.lastName, last.firstName, last.id])).toString(
          'base64url',
        );
      }
      rows = listed.slice(0, input.limit);
    } else {
      const intent = interpretSearch(query, locale ?? 'en-US');
      const { where, rank } = matchCondition(intent);
      await tx.execute(
        sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(wordSimilarityThreshold)}, true)`,
      );
      rows = await tx
        .select(summaryColumns)
        .from(patients)
        .where(and(archived, where))
        .orderBy(
          ...(rank ? [desc(rank)] : []),
          asc(patients.lastName),
          asc(patients.firstName),
          asc(patients.id),
        )
        .limit(input.limit);
    }
    await ctx.audit.record(tx, {
      ...source,
      action: 'patients.search',
      entity: 'patient',
      outcome: 'success',
      detail: { q: query, ids: rows.map((row) => row.id) },
    });
    return { rows, nextCursor };
  });
  const alerts = await currentAlerts(
    ctx.db,
    page.rows.map((row) => row.id),
  );
  const items: PatientSummary[] = page.rows.map((row) => toPatientSummary(row, alerts.get(row.id) ?? []));
  return { items, nextCursor: page.nextCursor };
}
