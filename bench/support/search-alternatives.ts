// Query shapes that could replace matchCondition's (src/server/modules/patients/search-patients.ts),
// timed on the benchmark's own data against the statements the app actually sent. Nothing here
// is used by the app: it is the evidence for a proposed change.
import pg from 'pg';
import { escapeLike } from '../../src/server/modules/patients/search-query.ts';
import { median, percentile } from './bench-database.ts';

export type ReplayedSearch = { set: string; q: string; text: string; values: unknown[] };

type Timed = { ms: number; rows: number };
type Shape = { name: string; sets: string[]; run(client: pg.Client, search: ReplayedSearch): Promise<Timed> };

// Indexes the proposals need; created on the benchmark database only, dropped with it.
const proposedIndexes = [
  // Folded first and last names in byte order: LIKE 'mar%' becomes a range scan that can also
  // hand back rows already sorted, so LIMIT stops after 20 instead of sorting 5,000 matches.
  `CREATE INDEX bench_last_name_prefix ON patients ((lower(immutable_unaccent(last_name))) COLLATE "C") WHERE archived_at IS NULL`,
  `CREATE INDEX bench_first_name_prefix ON patients ((lower(immutable_unaccent(first_name))) COLLATE "C") WHERE archived_at IS NULL`,
  // The end of a phone number, which is what people read out and type.
  `CREATE INDEX bench_phone_suffix ON patients ((reverse(phone)) COLLATE "C") WHERE archived_at IS NULL`,
];

async function timed(client: pg.Client, text: string, values: unknown[]): Promise<Timed> {
  const started = performance.now();
  const result = await client.query(text, values);
  return { ms: performance.now() - started, rows: result.rowCount ?? 0 };
}

const namePrefixSql = `
  SELECT id FROM (
    (SELECT id, 0 AS branch, lower(immutable_unaccent(last_name)) COLLATE "C" AS sort_key FROM patients
      WHERE archived_at IS NULL AND lower(immutable_unaccent(last_name)) COLLATE "C" LIKE lower(immutable_unaccent($1))
      ORDER BY 3 LIMIT $2)
    UNION ALL
    (SELECT id, 1, lower(immutable_unaccent(first_name)) COLLATE "C" FROM patients
      WHERE archived_at IS NULL AND lower(immutable_unaccent(first_name)) COLLATE "C" LIKE lower(immutable_unaccent($1))
      ORDER BY 3 LIMIT $2)
    UNION ALL
    (SELECT id, 2, lower(email) COLLATE "C" FROM patients
      WHERE archived_at IS NULL AND lower(email) LIKE $1
      ORDER BY lower(email) USING ~<~ LIMIT $2)
  ) AS prefix_matches
  ORDER BY branch, sort_key LIMIT $2`;

const nameFuzzySql = `
  SELECT id FROM patients
  WHERE archived_at IS NULL AND lower(immutable_unaccent($1)) <% search_name
  ORDER BY word_similarity(lower(immutable_unaccent($1)), search_name) DESC, last_name, first_name, id
  LIMIT $2`;

const shapes: Shape[] = [
  {
    name: 'current statement (replayed)',
    sets: ['name fragment', 'misspelt surname', 'phone digits'],
    run: (client, search) => timed(client, search.text, search.values),
  },
  {
    name: 'prefix (btree) first, fuzzy only if < 20',
    sets: ['name fragment', 'misspelt surname'],
    async run(client, search) {
      const prefix = await timed(client, namePrefixSql, [`${escapeLike(search.q)}%`, 20]);
      if (prefix.rows >= 20) return prefix;
      const fuzzy = await timed(client, nameFuzzySql, [search.q, 20]);
      return { ms: prefix.ms + fuzzy.ms, rows: Math.min(20, prefix.rows + fuzzy.rows) };
    },
  },
  {
    name: 'substring, MATERIALIZED (bitmap, then sort)',
    sets: ['phone digits'],
    run: (client, search) =>
      timed(
        client,
        `WITH matches AS MATERIALIZED (
           SELECT id, last_name, first_name FROM patients WHERE archived_at IS NULL AND phone_digits LIKE $1)
         SELECT id FROM matches ORDER BY last_name, first_name, id LIMIT 20`,
        [`%${search.q}%`],
      ),
  },
  {
    name: 'last digits only: reverse(phone) btree',
    sets: ['phone digits'],
    run: (client, search) =>
      timed(
        client,
        `WITH matches AS MATERIALIZED (
           SELECT id, last_name, first_name FROM patients
           WHERE archived_at IS NULL AND reverse(phone) COLLATE "C" LIKE reverse($1) || '%')
         SELECT id FROM matches ORDER BY last_name, first_name, id LIMIT 20`,
        [search.q],
      ),
  },
];

const format = (ms: number) => `${ms.toFixed(2)} ms`.padStart(10);

/**
 * Each search the benchmark sent, replayed on one connection with each shape (best of three,
 * so that a neighbour's burst of CPU does not decide), SQL round trip only.
 */
export async function compareSearchShapes(url: string, searches: ReplayedSearch[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of proposedIndexes) await client.query(statement);
    await client.query('ANALYZE patients');
    console.log('\nQuery shapes on the same data (SQL round trip, best of 3 per query):');
    console.log(
      `${'set'.padEnd(18)}${'shape'.padEnd(46)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}  rows (median)`,
    );
    for (const set of [...new Set(searches.map((search) => search.set))]) {
      for (const shape of shapes.filter((candidate) => candidate.sets.includes(set))) {
        const results: Timed[] = [];
        for (const search of searches.filter((candidate) => candidate.set === set)) {
          const tries = [
            await shape.run(client, search),
            await shape.run(client, search),
            await shape.run(client, search),
          ];
          results.push(tries.reduce((best, next) => (next.ms < best.ms ? next : best)));
        }
        const times = results.map((result) => result.ms).sort((a, b) => a - b);
        console.log(
          `${set.padEnd(18)}${shape.name.padEnd(46)}${format(percentile(times, 0.5))}${format(percentile(times, 0.95))}${format(times.at(-1) ?? Number.NaN)}  ${median(results.map((result) => result.rows))}`,
        );
      }
    }
    console.log(
      '("last digits only" answers a different question: it finds the typed digits only at the end of a number.)',
    );
  } finally {
    await client.end();
  }
}
