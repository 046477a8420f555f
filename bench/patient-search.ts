// Search-as-you-type latency over 100,000 patients on PostgreSQL, through HTTP and through
// app.inject, for the three things the front desk types: the start of a name, a misspelt
// surname, and a few digits of a phone. Prints percentiles per set and, when the p95 target
// is missed, EXPLAIN ANALYZE of the slowest search statements.
//   npm run bench -- patient-search        (BENCH_DATABASE_URL, BENCH_PATIENTS, BENCH_KEEP_DATABASE=1)
import os from 'node:os';
import { base, Faker } from '@faker-js/faker';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import type { AppContext } from '../src/server/context.ts';
import { patients } from '../src/server/db/schema.ts';
import {
  createDemoFakers,
  fakePatientInput,
  seedDemoFakers,
} from '../src/server/modules/demo-data/fake-patients.ts';
import { patientColumnValues } from '../src/server/modules/patients/patient-fields.ts';
import { createAdmin } from '../src/server/modules/users/bootstrap-admin.ts';
import { createBenchDatabase, median, percentile } from './support/bench-database.ts';
import { compareSearchShapes, type ReplayedSearch } from './support/search-alternatives.ts';
import { type CapturedStatement, withCapturedStatements } from './support/statement-capture.ts';

const patientCount = Number(process.env.BENCH_PATIENTS ?? 100_000);
const queriesPerSet = 300;
const warmUpRequests = 100;
const targetP95Ms = 15;
const insertBatchSize = 1000;
const explainedPerSet = 1;
const replayedPerSet = 100;

type Person = { firstName: string; lastName: string; phone: string };
type QuerySet = { name: string; queries: string[] };
type Sample = {
  set: string;
  q: string;
  ms: number;
  /** CPU time of this process (server and client alike) during the request: what is not waiting. */
  cpuMs: number;
  results: number;
  statements: CapturedStatement[];
};

const isSearchStatement = (statement: CapturedStatement) =>
  /from "patients"/.test(statement.text) && /order by/.test(statement.text) && /limit/i.test(statement.text);

// ---------------------------------------------------------------------------------------------

async function insertPatients(ctx: AppContext, count: number): Promise<Person[]> {
  const fakers = createDemoFakers();
  seedDemoFakers(fakers, 42);
  const today = new Date();
  const people: Person[] = [];
  let batch: (typeof patients.$inferInsert)[] = [];
  for (let index = 0; index < count; index++) {
    const input = fakePatientInput(fakers, { country: 'US', today });
    const values = patientColumnValues(input, 'US');
    batch.push({
      ...values,
      firstName: input.firstName,
      lastName: input.lastName,
      dateOfBirth: input.dateOfBirth,
    });
    people.push({ firstName: input.firstName, lastName: input.lastName, phone: values.phone ?? '' });
    if (batch.length === insertBatchSize || index === count - 1) {
      await ctx.db.insert(patients).values(batch);
      batch = [];
    }
  }
  return people;
}

function querySets(people: Person[]): QuerySet[] {
  const faker = new Faker({ locale: base, seed: 7 });
  const names: string[] = [];
  const misspellings: string[] = [];
  const digits: string[] = [];
  while (names.length < queriesPerSet) {
    const person = faker.helpers.arrayElement(people);
    const name = faker.datatype.boolean() ? person.firstName : person.lastName;
    names.push(name.slice(0, faker.number.int({ min: 3, max: 6 })).toLowerCase());
  }
  while (misspellings.length < queriesPerSet) {
    const surname = faker.helpers.arrayElement(people).lastName.toLowerCase();
    if (surname.length < 5) continue;
    const at = faker.number.int({ min: 1, max: surname.length - 2 });
    misspellings.push(
      faker.datatype.boolean()
        ? surname.slice(0, at) + surname.slice(at + 1)
        : surname.slice(0, at) + (surname[at + 1] ?? '') + (surname[at] ?? '') + surname.slice(at + 2),
    );
  }
  while (digits.length < queriesPerSet) {
    // The national number: nobody types the +1 in front.
    const national = faker.helpers.arrayElement(people).phone.slice(2);
    const length = faker.number.int({ min: 4, max: 6 });
    const start = faker.number.int({ min: 0, max: national.length - length });
    digits.push(national.slice(start, start + length));
  }
  return [
    { name: 'name fragment', queries: names },
    { name: 'misspelt surname', queries: misspellings },
    { name: 'phone digits', queries: digits },
  ];
}

async function measure(
  sets: QuerySet[],
  search: (q: string) => Promise<{ status: number; results: number }>,
): Promise<Sample[]> {
  const warmUp = sets.flatMap((set) => set.queries.slice(0, Math.ceil(warmUpRequests / sets.length)));
  for (const q of warmUp) await search(q);
  const samples: Sample[] = [];
  for (const set of sets) {
    for (const q of set.queries) {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const { answer, statements } = await withCapturedStatements(() => search(q));
      const { status, results } = answer;
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      if (status !== 200) throw new Error(`search "${q}" answered ${status}`);
      samples.push({ set: set.name, q, ms, cpuMs: (cpu.user + cpu.system) / 1000, results, statements });
    }
  }
  return samples;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');

const format = (ms: number) => `${ms.toFixed(1)} ms`.padStart(9);

function printTable(title: string, samples: Sample[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'set'.padEnd(18)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}  results (median)  search SQL p50 / p95   Node CPU p50`,
  );
  const groups = [...new Set(samples.map((sample) => sample.set)), 'overall'];
  for (const group of groups) {
    const rows = group === 'overall' ? samples : samples.filter((sample) => sample.set === group);
    const latencies = rows.map((row) => row.ms).sort((a, b) => a - b);
    const sqlTimes = rows
      .map((row) =>
        row.statements.filter(isSearchStatement).reduce((sum, statement) => sum + statement.ms, 0),
      )
      .sort((a, b) => a - b);
    console.log(
      `${group.padEnd(18)}${format(percentile(latencies, 0.5))}${format(percentile(latencies, 0.95))}${format(percentile(latencies, 0.99))}${format(latencies.at(-1) ?? Number.NaN)}  ${String(median(rows.map((row) => row.results))).padStart(16)}  ${format(percentile(sqlTimes, 0.5))} /${format(percentile(sqlTimes, 0.95))}  ${format(median(rows.map((row) => row.cpuMs)))}`,
    );
  }
}

/** Where a request's database time goes: each statement it sends, by median time, in order. */
function printRequestAnatomy(samples: Sample[]): void {
  console.log('\nStatements of one search request (median time each, HTTP samples):');
  const byPosition = new Map<number, { text: string; times: number[] }>();
  for (const sample of samples) {
    sample.statements.forEach((statement, index) => {
      const entry = byPosition.get(index) ?? {
        text: statement.text.replace(/\s+/g, ' ').slice(0, 90),
        times: [],
      };
      entry.times.push(statement.ms);
      byPosition.set(index, entry);
    });
  }
  for (const [index, { text, times }] of byPosition)
    console.log(`  ${index + 1}. ${format(median(times))}  ${text}`);
}

/** The first queries of each set as the app sent them, to time other query shapes against. */
function replayable(samples: Sample[]): ReplayedSearch[] {
  return samples.flatMap((sample) => {
    const statement = sample.statements.find(isSearchStatement);
    const isReplayed = samples.filter((other) => other.set === sample.set).indexOf(sample) < replayedPerSet;
    return statement && isReplayed
      ? [{ set: sample.set, q: sample.q, text: statement.text, values: statement.values }]
      : [];
  });
}

async function explainSlowest(url: string, samples: Sample[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const set of [...new Set(samples.map((sample) => sample.set))]) {
      const slowest = samples
        .filter((sample) => sample.set === set)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, explainedPerSet);
      for (const sample of slowest) {
        const statement = sample.statements.find(isSearchStatement);
        if (!statement) continue;
        const plan = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
          statement.values,
        );
        console.log(
          `\n-- ${set} "${sample.q}": ${sample.ms.toFixed(1)} ms over HTTP, ${sample.results} results`,
        );
        console.log(statement.text);
        console.log(`-- params: ${JSON.stringify(statement.values)}`);
        for (const row of plan.rows) console.log(row['QUERY PLAN']);
      }
    }
  } finally {
    await client.end();
  }
}

const database = await createBenchDatabase('topsmile_bench_search');
try {
  const { ctx } = database;
  let started = performance.now();
  // Only the query sets are kept: 100,000 generated people left on the heap would make every
  // garbage collection during the measurement slower than a real server's.
  const sets = querySets(await insertPatients(ctx, patientCount));
  const insertSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  // VACUUM as well: right after 100,000 inserts autovacuum would otherwise start in the middle
  // of the measurement, and a clinic's database has long been vacuumed when it is searched.
  await database.engine.db.execute(sql`VACUUM ANALYZE patients, patient_name_words, patient_name_dictionary`);
  const [server] = await database.engine.rawTransaction((tx) =>
    tx.query<{ version: string }>(`SELECT current_setting('server_version') AS version`),
  );
  console.log(
    `PostgreSQL ${server?.version}, ${os.cpus().length} CPUs: ${patientCount} patients generated and inserted in ${insertSeconds.toFixed(1)} s, VACUUM ANALYZE ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    `Load average before measuring: ${loadAverage()} (other work on this machine inflates every figure)`,
  );

  const app = await buildApp({ ctx });
  const email = 'bench-admin@topsmile.test';
  const password = 'bench admin password that is long 2026';
  await createAdmin(ctx, { email, password });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const { accessToken } = login.json<{ accessToken: string }>();
  const authorization = `Bearer ${accessToken}`;
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const path = (q: string) => `/api/v1/patients?q=${encodeURIComponent(q)}&limit=20`;

  const overHttp = await measure(sets, async (q) => {
    const response = await fetch(`${address}${path(q)}`, { headers: { authorization } });
    const body = (await response.json()) as { items?: unknown[] };
    return { status: response.status, results: body.items?.length ?? 0 };
  });
  printTable(
    `Through HTTP (fetch, keep-alive, one request at a time; ${queriesPerSet} queries per set after ${warmUpRequests} warm-up requests):`,
    overHttp,
  );
  const overInject = await measure(sets, async (q) => {
    const response = await app.inject({ method: 'GET', url: path(q), headers: { authorization } });
    return { status: response.statusCode, results: response.json<{ items: unknown[] }>().items.length };
  });
  printTable('Through app.inject (no socket):', overInject);
  printRequestAnatomy(overHttp);

  const worst = Math.max(
    ...sets.map((set) =>
      percentile(
        overHttp
          .filter((sample) => sample.set === set.name)
          .map((sample) => sample.ms)
          .sort((a, b) => a - b),
        0.95,
      ),
    ),
  );
  console.log(`Load average after measuring: ${loadAverage()}`);
  console.log(
    `\nTarget p95 < ${targetP95Ms} ms per set: ${worst < targetP95Ms ? 'met' : `missed (worst set p95 ${worst.toFixed(1)} ms)`}`,
  );
  if (worst >= targetP95Ms) {
    await explainSlowest(database.url, overHttp);
    await compareSearchShapes(database.url, replayable(overHttp));
  }
  await app.close();
} finally {
  if (process.env.BENCH_KEEP_DATABASE === '1') {
    console.log(`\nKept ${database.url} (BENCH_KEEP_DATABASE=1).`);
    await database.ctx.mailer.close();
    await database.engine.close();
  } else {
    await database.drop();
  }
}
