import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { PatientAlert, PatientSummary } from '../../../shared/patients.ts';
import type { AppContext } from '../../context.ts';
import { patients } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { decodeCursor, encodeCursor } from '../../lib/page-cursor.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { currentAlerts } from '../medical-history/current-alerts.ts';
import type { PatientRow } from './patient-scope.ts';
import { toPatientSummary } from './patient-view.ts';
import { escapeLike, interpretSearch, needsLocale, type SearchIntent } from './search-query.ts';

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

// Several typed words are matched against whole names with pg_trgm's default word similarity
// threshold (0.6): one typo in a surname of five letters or more still matches, while a
// three-letter fragment does not drag in thousands.

// Byte order, like PostgreSQL's "C" comparison of the folded keys: what matters is a stable order.
const compareText = (a: string | null, b: string | null) =>
  (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;

const folded = (value: SQL) => sql`lower(immutable_unaccent(${value}))`;

type Tx = Parameters<Parameters<AppContext['db']['transaction']>[0]>[0];

/**
 * Patients with a name word close to a misspelt word, closest words first. The words come from
 * the dictionary of distinct name words (migration 0011), so trigram matching compares a few
 * thousand words rather than every patient; each word's patients are an ordered index range.
 * Word against word, plain trigram similarity (threshold 0.3) is the measure: it forgives a
 * swapped pair of letters that word_similarity (0.6) misses. A patient with two close words
 * appears twice; the caller keeps the first.
 */
function closeWordMatches(tx: Tx, query: SQL, archived: SQL | undefined, limit: number) {
  const ranked = sql`(
    WITH close_words AS MATERIALIZED (
      SELECT word, similarity(${query}, word) AS similarity
      FROM patient_name_dictionary
      WHERE word % ${query}
      ORDER BY similarity DESC, word
      LIMIT ${limit}
    )
    SELECT named.patient_id, close_words.similarity
    FROM close_words CROSS JOIN LATERAL (
      SELECT words.patient_id, words.last_name, words.first_name
      FROM patient_name_words AS words
      JOIN ${patients} ON ${patients.id} = words.patient_id
      WHERE words.word = close_words.word ${archived ? sql`AND ${archived}` : sql``}
      ORDER BY words.last_name, words.first_name, words.patient_id
      LIMIT ${limit}
    ) AS named
  ) AS ranked`;
  return tx
    .select(summaryColumns)
    .from(patients)
    .innerJoin(ranked, sql`ranked.patient_id = ${patients.id}`)
    .orderBy(desc(sql`ranked.similarity`), asc(patients.lastName), asc(patients.firstName), asc(patients.id))
    .limit(limit * 2);
}

/**
 * Ranked matches for what was typed. Fast answers first (prefixes of last name, first name
 * and email, the end of a phone number, all on btree indexes); fuzzy trigram matching and
 * digit substrings only fill up what those did not find, so a common fragment such as "mar"
 * never ranks thousands of rows.
 */
async function rankedMatches(
  tx: Tx,
  intent: SearchIntent,
  archived: SQL | undefined,
  limit: number,
): Promise<SummaryRow[]> {
  const found = new Map<string, SummaryRow>();
  const take = (rows: SummaryRow[]) => {
    for (const row of rows) if (found.size < limit && !found.has(row.id)) found.set(row.id, row);
  };
  const page = (where: SQL | undefined, ...order: SQL[]) =>
    tx
      .select(summaryColumns)
      .from(patients)
      .where(and(archived, where))
      .orderBy(...order, asc(patients.lastName), asc(patients.firstName), asc(patients.id))
      .limit(limit);
  switch (intent.kind) {
    case 'date':
      take(await page(eq(patients.dateOfBirth, intent.date)));
      break;
    case 'email':
      take(await page(sql`lower(${patients.email}) COLLATE "C" LIKE ${`${escapeLike(intent.prefix)}%`}`));
      break;
    case 'phone': {
      // Digits in the middle of a number: match through the trigram index first, then order.
      // MATERIALIZED keeps the planner from walking the alphabetical index through every row.
      const hits = sql`(
        WITH hits AS MATERIALIZED (
          SELECT ${patients.id} AS id, ${patients.lastName} AS last_name, ${patients.firstName} AS first_name
          FROM ${patients}
          WHERE ${patients.phoneDigits} LIKE ${`%${intent.digits}%`} ${archived ? sql`AND ${archived}` : sql``}
        ) SELECT id FROM hits ORDER BY last_name, first_name, id LIMIT ${limit}
      ) AS hits`;
      take(
        await tx
          .select(summaryColumns)
          .from(patients)
          .innerJoin(hits, sql`hits.id = ${patients.id}`)
          .orderBy(asc(patients.lastName), asc(patients.firstName), asc(patients.id)),
      );
      break;
    }
    case 'name': {
      const prefix = `${escapeLike(intent.text)}%`;
      if (!intent.text.includes(' ')) {
        // The three prefix answers in one round trip; each branch is a short ordered index scan.
        const branch = (rank: number, key: SQL, where: SQL) =>
          tx
            .select({
              ...summaryColumns,
              rank: sql<number>`${rank}`.as('rank'),
              key: sql<string>`${key}`.as('key'),
            })
            .from(patients)
            .where(and(archived, where))
            .orderBy(asc(key), asc(patients.lastName), asc(patients.firstName), asc(patients.id))
            .limit(limit);
        // Byte order ("C") is what the prefix indexes keep: each branch reads 20 index entries.
        const lastName = sql`${folded(sql`${patients.lastName}`)} COLLATE "C"`;
        const firstName = sql`${folded(sql`${patients.firstName}`)} COLLATE "C"`;
        const email = sql`lower(${patients.email}) COLLATE "C"`;
        const rows = await unionAll(
          branch(0, lastName, sql`${lastName} LIKE lower(immutable_unaccent(${prefix}))`),
          branch(1, firstName, sql`${firstName} LIKE lower(immutable_unaccent(${prefix}))`),
          branch(2, email, sql`${email} LIKE ${prefix}`),
        );
        rows.sort(
          (a, b) => a.rank - b.rank || compareText(a.key, b.key) || compareText(a.lastName, b.lastName),
        );
        take(rows);
      }
      if (found.size < limit && intent.text.length >= 3 && !intent.text.includes(' ')) {
        take(await closeWordMatches(tx, folded(sql`${intent.text}`), archived, limit));
      } else if (found.size < limit && intent.text.length >= 3) {
        const query = folded(sql`${intent.text}`);
        take(
          await page(
            sql`${query} <% ${patients.searchName}`,
            desc(sql`word_similarity(${query}, ${patients.searchName})`),
          ),
        );
      } else if (found.size < limit) {
        take(await page(sql`${patients.searchName} LIKE lower(immutable_unaccent(${`% ${prefix}`}))`));
      }
      break;
    }
  }
  return [...found.values()];
}

/**
 * Search as you type (ranked best first) or, without `q`, the alphabetical list a page at
 * a time. Archived patients appear only when asked for. Every search is audited with the
 * ids it returned.
 */
export async function searchPatients(ctx: AppContext, input: PatientSearch, source: AuditSource) {
  const locale = input.q && needsLocale(input.q) ? (await getClinicSettings(ctx.db)).locale : undefined;
  const archived = input.includeArchived ? undefined : isNull(patients.archivedAt);
  const query = input.q?.trim() ?? '';
  let alerts: Promise<Map<string, PatientAlert[]>> | undefined;
  const page = await withTransaction(ctx.db, async (tx) => {
    let rows: SummaryRow[];
    let nextCursor: string | null = null;
    if (query === '') {
      const after = decodeCursor(input.cursor, z.tuple([z.string(), z.string(), z.uuid()]));
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
        nextCursor = encodeCursor([last.lastName, last.firstName, last.id]);
      }
      rows = listed.slice(0, input.limit);
    } else {
      rows = await rankedMatches(tx, interpretSearch(query, locale ?? 'en-US'), archived, input.limit);
    }
    // Read on another connection while this one writes the audit event: the badges do not
    // depend on it, and the transaction never waits for them, so a busy pool cannot stall it.
    alerts = currentAlerts(
      ctx.db,
      rows.map((row) => row.id),
    );
    alerts.catch(() => {});
    await ctx.audit.record(tx, {
      ...source,
      action: 'patients.search',
      entity: 'patient',
      outcome: 'success',
      detail: { q: query, ids: rows.map((row) => row.id) },
    });
    return { rows, nextCursor };
  });
  const badges = await (alerts ?? currentAlerts(ctx.db, []));
  const items: PatientSummary[] = page.rows.map((row) => toPatientSummary(row, badges.get(row.id) ?? []));
  return { items, nextCursor: page.nextCursor };
}
