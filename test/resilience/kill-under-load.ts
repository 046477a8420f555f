/**
 * Durability under crashes: drives writes (bookings and desk payments side by side) at the real
 * server process, kills it with SIGKILL in the middle of them several times, restarts it, repeats
 * the requests the kills cut off with their Idempotency-Keys, and then checks that every write it
 * answered 2xx is there exactly once, that nothing is half-written, that receipt numbers have no
 * gap and that the audit chain verifies.
 * Runs on PGlite and on PostgreSQL (TEST_DATABASE_URL, or the local server if one answers).
 * Loopback only; every loop is bounded. Run with `npm run test:resilience`.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createLogger } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createAppContext } from '../../src/server/context.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { openDatabase } from '../../src/server/db/open-database.ts';
import { createTestUser, testPassword } from '../factories/users.ts';
import { type RunningServer, startServer, stopServer } from '../server-process.ts';
import { adminQuery, databaseUrlWithName } from '../template-database.ts';
import { bookingLoad } from './booking-load.ts';
import type { LoadScenario } from './load-scenario.ts';
import { paymentLoad } from './payment-load.ts';

const root = path.resolve(import.meta.dirname, '../..');
const kills = Number(process.env.TOPSMILE_KILLS ?? 4);
const workers = 6;
const maxRequestsPerRound = 3_000;

type Counts = {
  engine: string;
  requests: number;
  acknowledged: number;
  refused: number;
  shed: number;
  cutOff: number;
  kills: number;
  writesChecked: number;
  lost: number;
  duplicated: number;
  halfWritten: number;
  receiptGaps: number;
  retried: number;
  replayed: number;
  auditVerified: boolean;
  auditLine: string;
};

async function logIn(server: RunningServer, email: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: testPassword }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function verifyAudit(environment: Record<string, string>): Promise<{ ok: boolean; line: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli.ts', 'verify-audit'],
      { cwd: root, env: { PATH: process.env.PATH ?? '', ...environment } },
    );
    return { ok: true, line: stdout.trim() };
  } catch (error) {
    const failed = error as { stderr?: string; stdout?: string };
    return { ok: false, line: `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim() };
  }
}

async function runOn(
  engineName: string,
  databaseUrl: string | undefined,
  scenarios: LoadScenario[],
): Promise<Counts> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'topsmile-kill-'));
  const environment: Record<string, string> = {
    TOPSMILE_DATA_DIR: dataDir,
    TOPSMILE_JWT_SECRET: randomBytes(32).toString('hex'),
    TOPSMILE_AUDIT_KEY: randomBytes(32).toString('hex'),
    TOPSMILE_RATE_LIMIT_PER_MINUTE: '10000000',
    NODE_ENV: 'production',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  const counts: Counts = {
    engine: engineName,
    requests: 0,
    acknowledged: 0,
    refused: 0,
    shed: 0,
    cutOff: 0,
    kills: 0,
    writesChecked: 0,
    lost: 0,
    duplicated: 0,
    halfWritten: 0,
    receiptGaps: 0,
    retried: 0,
    replayed: 0,
    auditVerified: false,
    auditLine: '',
  };
  try {
    const config = loadConfig(environment);
    let engine = await openDatabase(config.database);
    await migrate(engine);
    const ctx = await createAppContext(config, engine, createLogger('silent'));
    const staff = await createTestUser(ctx, { role: 'staff' });
    for (const scenario of scenarios) await scenario.prepare(ctx);
    await ctx.mailer.close();
    await engine.close();

    const acknowledged = new Map<string, string[]>(scenarios.map((scenario) => [scenario.name, []]));
    let n = 0;
    for (let round = 0; round < kills; round++) {
      const server = await startServer(environment);
      const token = await logIn(server, staff.email);
      if (round === 0) for (const scenario of scenarios) await scenario.setUp?.(server.url, token);
      let killed = false;
      const sentThisRound = { count: 0 };
      const worker = async (index: number) => {
        while (!killed && sentThisRound.count < maxRequestsPerRound) {
          const scenario = scenarios[index % scenarios.length];
          if (!scenario) return;
          const number = n++;
          sentThisRound.count += 1;
          counts.requests += 1;
          try {
            const answer = await scenario.send(server.url, token, number);
            if ('id' in answer) {
              acknowledged.get(scenario.name)?.push(answer.id);
              counts.acknowledged += 1;
            } else if (answer.status === 503) {
              // Load shedding: refused at once and written nowhere, which the client may retry.
              counts.shed += 1;
            } else {
              counts.refused += 1;
              if (counts.refused <= 3)
                console.error(`  ${engineName}: ${answer.status} ${answer.body.slice(0, 300)}`);
            }
          } catch {
            // The connection died with the process: the write may or may not have landed.
            counts.cutOff += 1;
          }
        }
      };
      const load = Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
      // A different moment in each round: early, in the middle and late in a burst of writes.
      await new Promise((resolve) => setTimeout(resolve, 3_000 + ((round * 1_733) % 4_000)));
      const exited = once(server.child, 'exit');
      server.child.kill('SIGKILL');
      killed = true;
      await exited;
      counts.kills += 1;
      await load;
      console.log(`  ${engineName}: kill ${round + 1}/${kills} after ${sentThisRound.count} requests`);
    }
    // The recovery start: the server must come back by itself from the last kill.
    const last = await startServer(environment);
    const ready = await fetch(`${last.url}/readyz`);
    if (ready.status !== 200) throw new Error(`not ready after the last kill: ${ready.status}`);
    // What a client does with a request the kill left unanswered: send it again, same key.
    const token = await logIn(last, staff.email);
    for (const scenario of scenarios) {
      const retry = await scenario.retryUnanswered?.(last.url, token);
      if (!retry) continue;
      counts.retried += retry.retried;
      counts.replayed += retry.replayed;
      counts.refused += retry.refused;
      acknowledged.get(scenario.name)?.push(...retry.acknowledged);
    }
    await stopServer(last);

    const audit = await verifyAudit(environment);
    counts.auditVerified = audit.ok;
    counts.auditLine = audit.line;
    engine = await openDatabase(config.database);
    try {
      for (const scenario of scenarios) {
        const ids = acknowledged.get(scenario.name) ?? [];
        const result = await scenario.check(engine, ids);
        counts.writesChecked += ids.length;
        counts.lost += result.missing.length;
        counts.duplicated += result.duplicated;
        counts.halfWritten += result.halfWritten;
        counts.receiptGaps += result.gaps ?? 0;
        console.log(
          `  ${engineName} ${scenario.name}: ${ids.length} acknowledged checked, ${result.missing.length} lost, ` +
            `${result.duplicated} duplicated, ${result.halfWritten} half-written, ${result.gaps ?? 0} receipt gaps`,
        );
      }
    } finally {
      await engine.close();
    }
    return counts;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function postgresServer(): Promise<string | undefined> {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return url;
  } catch {
    if (process.env.TEST_DATABASE_URL) throw new Error(`PostgreSQL at TEST_DATABASE_URL does not answer`);
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<void> {
  const results: Counts[] = [];
  console.log(`Killing the server with SIGKILL ${kills} times under load, on each engine.`);
  results.push(await runOn('pglite', undefined, [bookingLoad(), paymentLoad()]));
  const serverUrl = await postgresServer();
  if (serverUrl) {
    const name = `topsmile_kill_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    try {
      results.push(
        await runOn('postgres', databaseUrlWithName(serverUrl, name), [bookingLoad(), paymentLoad()]),
      );
    } finally {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } else {
    console.log('PostgreSQL: skipped (set TEST_DATABASE_URL to run it).');
  }
  console.table(results.map(({ auditLine: _line, ...row }) => row));
  for (const result of results) console.log(`${result.engine} audit: ${result.auditLine}`);
  const failed = results.filter(
    (r) =>
      r.acknowledged === 0 ||
      r.lost > 0 ||
      r.duplicated > 0 ||
      r.halfWritten > 0 ||
      r.receiptGaps > 0 ||
      !r.auditVerified ||
      r.refused > 0,
  );
  if (failed.length > 0) {
    console.error(`FAILED on ${failed.map((r) => r.engine).join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log('Every acknowledged write survived, once, whole; the audit chain verifies.');
  }
}

await main();
