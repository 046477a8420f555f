// Report latency over a large clinic on PostgreSQL (issue 14): 100,000 patients and 1,000,000
// visits over two years around today, with the ledger their completions, payments, refunds and
// adjustments wrote. Through HTTP, one request at a time: the year's summary, the year's
// production by provider, and the first page of aging as of today, each against p95 < 300 ms.
// Prints percentiles, where each request's database time goes, and, for a missed target,
// EXPLAIN (ANALYZE, BUFFERS) of the slowest statement as the report's session runs it.
//   npm run bench -- reports     (BENCH_DATABASE_URL, BENCH_PATIENTS, BENCH_APPOINTMENTS,
//                                 BENCH_REQUESTS, BENCH_KEEP_DATABASE=1 keeps the seeded clinic
//                                 and the next run with the same sizes reuses it)
import os from 'node:os';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { buildApp } from '../src/server/app.ts';
import { MigrationChecksumError } from '../src/server/db/migrate.ts';
import { rollUpLedger } from '../src/server/modules/reports/ledger-rollup.ts';
import { createAdmin } from '../src/server/modules/users/bootstrap-admin.ts';
import {
  type BenchDatabase,
  benchServerUrl,
  createBenchDatabase,
  median,
  openBenchDatabase,
  percentile,
} from './support/bench-database.ts';
import { type ClinicShape, gridCapacity, seedClinic } from './support/reports-seed.ts';
import { type CapturedStatement, withCapturedStatements } from './support/statement-capture.ts';

const databaseName = 'topsmile_bench_reports';
const shape: ClinicShape = {
  patients: Number(process.env.BENCH_PATIENTS ?? 100_000),
  appointments: Number(process.env.BENCH_APPOINTMENTS ?? 1_000_000),
  // A million visits in two years is about 2,000 a working day: sixty providers (each with a
  // chair) booked four slots in five keep it a clinic's day rather than a visit every 8 minutes.
  providers: 60,
  timeZone: 'America/New_York',
};
const warmUpRequests = 10;
const measuredRequests = Number(process.env.BENCH_REQUESTS ?? 100);
const targetP95Ms = 300;

type Sample = { ms: number; statements: CapturedStatement[] };
type Endpoint = { name: string; path: string; describe: (body: unknown) => string };

// ---------------------------------------------------------------------------------------------

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const format = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);
const oneLine = (text: string, length: number) => text.replace(/\s+/g, ' ').trim().slice(0, length);
const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** What a kept database's COMMENT records of its seeding. */
type SeedNote = { shape: ClinicShape; seededOn: string; seconds: number };

/** How the kept database was seeded (its COMMENT), or undefined when there is none. */
async function keptSeed(): Promise<SeedNote | undefined> {
  return withClient(benchServerUrl, async (client) => {
    const { rows } = await client.query<{ note: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`,
      [databaseName],
    );
    const note = rows[0]?.note;
    return note ? (JSON.parse(note) as SeedNote) : undefined;
  });
}

/** The seeded clinic: kept from an earlier run of the same sizes when asked, else built now. */
async function clinicDatabase(): Promise<BenchDatabase> {
  const kept = process.env.BENCH_KEEP_DATABASE === '1' ? await keptSeed() : undefined;
  if (kept && JSON.stringify(kept.shape) === JSON.stringify(shape)) {
    console.log(
      `Reusing ${databaseName} (BENCH_KEEP_DATABASE=1), seeded on ${kept.seededOn} in ${kept.seconds.toFixed(1)} s ` +
        '(visits are past or ahead as of that day).',
    );
    try {
      const database = await openBenchDatabase(databaseName);
      // A migration added since may have built indexes the planner has no statistics for yet.
      await withClient(database.url, (client) => client.query('ANALYZE'));
      return database;
    } catch (error) {
      if (!(error instanceof MigrationChecksumError)) throw error;
      console.log(`${error.message} Seeding again.`);
    }
  }
  const database = await createBenchDatabase(databaseName);
  console.log(
    `Seeding ${shape.patients} patients and ${shape.appointments} visits (${shape.providers} providers, ` +
      `${gridCapacity(shape)} slots) in ${shape.timeZone}:`,
  );
  const started = performance.now();
  const seedSeconds = await withClient(database.url, (client) => seedClinic(client, shape));
  const vacuumStarted = performance.now();
  // VACUUM as well: index-only scans need the visibility map a clinic's long-vacuumed tables have,
  // and autovacuum must not start on a million fresh rows in the middle of the measurement.
  await withClient(database.url, (client) => client.query('VACUUM (ANALYZE)'));
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(
    `Seeded in ${seedSeconds.toFixed(1)} s, VACUUM ANALYZE ${seconds(vacuumStarted)}: ${totalSeconds.toFixed(1)} s in all.`,
  );
  const note: SeedNote = {
    shape,
    seededOn: Temporal.Now.plainDateISO(shape.timeZone).toString(),
    seconds: totalSeconds,
  };
  await withClient(benchServerUrl, (client) =>
    client.query(`COMMENT ON DATABASE ${databaseName} IS '${JSON.stringify(note)}'`),
  );
  return database;
}

async function printClinic(url: string): Promise<void> {
  await withClient(url, async (client) => {
    const { rows } = await client.query<Record<string, string>>(
      `SELECT current_setting('server_version') AS version,
              pg_size_pretty(pg_database_size(current_database())) AS database,
              pg_size_pretty(pg_total_relation_size('appointments')) AS appointments_size,
              pg_size_pretty(pg_total_relation_size('ledger_entries')) AS ledger_size,
              (SELECT count(*) FROM patients) AS patients,
              (SELECT count(DISTINCT account_id) FROM patients) AS accounts,
              (SELECT count(*) FROM appointments) AS appointments,
              (SELECT string_agg(status || ' ' || n, ', ' ORDER BY n DESC)
                 FROM (SELECT status, count(*) AS n FROM appointments GROUP BY status) s) AS statuses,
              (SELECT string_agg(kind || ' ' || n, ', ' ORDER BY n DESC)
                 FROM (SELECT kind, count(*) AS n FROM ledger_entries GROUP BY kind) k) AS ledger,
              (SELECT count(*) FROM payments) AS payments,
              (SELECT count(*) FROM refunds) AS refunds`,
    );
    const row = rows[0] ?? {};
    console.log(`PostgreSQL ${row.version}, ${os.cpus().length} CPUs.`);
    console.log(
      `Database ${row.database} (appointments ${row.appointments_size}, ledger_entries ${row.ledger_size}): ` +
        `${row.patients} patients in ${row.accounts} accounts; ${row.appointments} appointments (${row.statuses}); ` +
        `ledger ${row.ledger}; ${row.payments} payments, ${row.refunds} refunds.`,
    );
  });
}

async function measure(request: () => Promise<unknown>): Promise<Sample[]> {
  for (let index = 0; index < warmUpRequests; index++) await request();
  const samples: Sample[] = [];
  for (let index = 0; index < measuredRequests; index++) {
    const started = performance.now();
    const { statements } = await withCapturedStatements(request);
    samples.push({ ms: performance.now() - started, statements });
  }
  return samples;
}

/** Each statement of a request by position, with its median time: where the time goes. */
function anatomy(samples: Sample[]): { index: number; text: string; medianMs: number }[] {
  const positions = Math.max(...samples.map((sample) => sample.statements.length));
  return Array.from({ length: positions }, (_, index) => ({
    index,
    text: samples[0]?.statements[index]?.text ?? '',
    medianMs: median(samples.flatMap((sample) => sample.statements[index]?.ms ?? [])),
  }));
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the slowest statement of a request, run as the report runs it:
 * in a read-only repeatable-read transaction after the same SET LOCALs, then rolled back.
 */
async function explainSlowest(url: string, samples: Sample[]): Promise<void> {
  const slowest = anatomy(samples).sort((a, b) => b.medianMs - a.medianMs)[0];
  const sample = samples[0];
  const statement = slowest && sample?.statements[slowest.index];
  if (!slowest || !sample || !statement) return;
  await withClient(url, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      for (const earlier of sample.statements.slice(0, slowest.index))
        if (/^\s*set local/i.test(earlier.text)) await client.query(earlier.text);
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
        statement.values,
      );
      console.log(
        `\n-- slowest statement (#${slowest.index + 1}, median ${slowest.medianMs.toFixed(1)} ms):`,
      );
      console.log(statement.text);
      console.log(`-- params: ${JSON.stringify(statement.values)}`);
      for (const row of plan.rows) console.log(row['QUERY PLAN']);
    } finally {
      await client.query('ROLLBACK');
    }
  });
}

const totalStarted = performance.now();
const database = await clinicDatabase();
try {
  await printClinic(database.url);
  const { ctx } = database;
  // The sums of final dates that reports keep (reports/ledger-rollup.ts): a clinic's server makes
  // them a day at a time as days pass; here they are made at once, and vacuumed like the rest.
  const rollupStarted = performance.now();
  const rolledThrough = await rollUpLedger(ctx, shape.timeZone);
  await withClient(database.url, (client) =>
    client.query(
      'VACUUM (ANALYZE) ledger_rollup, ledger_provider_day_totals, ledger_type_day_totals, ledger_patient_totals',
    ),
  );
  console.log(`Ledger summed through ${rolledThrough} in ${seconds(rollupStarted)} (before measuring).`);
  const app = await buildApp({ ctx });
  const email = 'bench-admin@topsmile.test';
  const password = 'bench admin password that is long 2026';
  await createAdmin(ctx, { email, password });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const { accessToken } = login.json<{ accessToken: string }>();
  const authorization = `Bearer ${accessToken}`;
  const address = await app.listen({ host: '127.0.0.1', port: 0 });

  const today = Temporal.Now.plainDateISO(shape.timeZone);
  const year = `from=${today.year}-01-01&to=${today.year}-12-31`;
  const endpoints: Endpoint[] = [
    {
      name: `summary ${today.year}`,
      path: `/api/v1/reports/summary?${year}`,
      describe: (body) => {
        const report = body as { appointmentsByStatus: Record<string, number>; productionCents: number };
        const visits = Object.values(report.appointmentsByStatus).reduce((sum, n) => sum + n, 0);
        return `${visits} visits, production ${report.productionCents / 100}`;
      },
    },
    {
      name: 'production/provider',
      path: `/api/v1/reports/production?groupBy=provider&${year}`,
      describe: (body) => {
        const report = body as { rows: unknown[]; totals: { productionCents: number } };
        return `${report.rows.length} rows, production ${report.totals.productionCents / 100}`;
      },
    },
    {
      name: `aging ${today}`,
      path: `/api/v1/reports/aging?asOf=${today}`,
      describe: (body) => {
        const report = body as { items: unknown[]; totals: { accounts: number; balanceCents: number } };
        return `${report.items.length} of ${report.totals.accounts} accounts, balance ${report.totals.balanceCents / 100}`;
      },
    },
  ];

  console.log(
    `Load average before measuring: ${loadAverage()} (other work on this machine inflates every figure)`,
  );
  const results: { endpoint: Endpoint; samples: Sample[] }[] = [];
  for (const endpoint of endpoints) {
    let answer = '';
    const samples = await measure(async () => {
      const response = await fetch(`${address}${endpoint.path}`, { headers: { authorization } });
      const body: unknown = await response.json();
      if (response.status !== 200)
        throw new Error(`${endpoint.path} answered ${response.status}: ${JSON.stringify(body)}`);
      answer = endpoint.describe(body);
    });
    console.log(`  ${endpoint.name}: ${answer}`);
    results.push({ endpoint, samples });
  }
  console.log(`Load average after measuring: ${loadAverage()}`);

  console.log(
    `\nThrough HTTP (fetch, keep-alive, one request at a time; ${measuredRequests} requests each after ${warmUpRequests} warm-up):`,
  );
  console.log(
    `${'report'.padEnd(22)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}${'max'.padStart(10)}   target p95     in SQL p50`,
  );
  for (const { endpoint, samples } of results) {
    const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
    const p95 = percentile(sorted, 0.95);
    // What the database took of each request (statements one after another): the rest is Node.
    const inSql = median(
      samples.map((sample) => sample.statements.reduce((sum, statement) => sum + statement.ms, 0)),
    );
    console.log(
      `${endpoint.name.padEnd(22)}${format(percentile(sorted, 0.5))}${format(p95)}${format(percentile(sorted, 0.99))}${format(sorted.at(-1) ?? Number.NaN)}   < ${targetP95Ms} ms  ${p95 < targetP95Ms ? 'PASS' : 'MISS'}${format(inSql)}`,
    );
  }
  for (const { endpoint, samples } of results) {
    console.log(`\nStatements of one ${endpoint.name} request (median time each):`);
    for (const { index, text, medianMs } of anatomy(samples))
      console.log(`  ${String(index + 1).padStart(2)}. ${format(medianMs)}  ${oneLine(text, 100)}`);
  }
  for (const { endpoint, samples } of results) {
    const p95 = percentile(
      samples.map((sample) => sample.ms).sort((a, b) => a - b),
      0.95,
    );
    if (p95 >= targetP95Ms || process.env.BENCH_EXPLAIN === '1') {
      console.log(`\n== ${endpoint.name}: p95 ${p95.toFixed(1)} ms`);
      await explainSlowest(database.url, samples);
    }
  }
  await app.close();
} finally {
  if (process.env.BENCH_KEEP_DATABASE === '1') {
    console.log(`\nKept ${database.url} (BENCH_KEEP_DATABASE=1; the next run of the same sizes reuses it).`);
    await database.ctx.mailer.close();
    await database.engine.close();
  } else {
    await database.drop();
  }
  console.log(`Whole run: ${seconds(totalStarted)}.`);
}
