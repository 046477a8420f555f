import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../../../test/database.ts';
import { type Engine, pgliteEngine, pgliteExtensions } from '../../db/engine.ts';
import { sampleAuditEvent, tamperAsOwner, testAuditKey } from './audit-test-support.ts';
import { createAuditLog } from './create-audit-log.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'topsmile-verify-audit-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/**
 * The database the CLI process will open: on the PostgreSQL run a test database, otherwise
 * an embedded one on disk where the CLI looks for it (PGlite is one process's at a time, so
 * the test closes it before the CLI runs).
 */
async function cliDatabase(): Promise<{ open(): Promise<Engine>; environment: Record<string, string> }> {
  if (process.env.TEST_DATABASE_URL) {
    const database = await createTestDatabase();
    afterAll(() => database.drop());
    return { open: async () => database.engine, environment: { DATABASE_URL: database.url ?? '' } };
  }
  const template = new Blob([await readFile(inject('pgliteTemplate'))]);
  const pgliteDir = path.join(dataDir, 'pglite');
  let created = false;
  return {
    async open() {
      await mkdir(dataDir, { recursive: true });
      const client = await PGlite.create({
        dataDir: pgliteDir,
        extensions: pgliteExtensions,
        ...(created ? {} : { loadDataDir: template }),
      });
      created = true;
      return pgliteEngine(client);
    },
    environment: {},
  };
}

async function runVerifyAudit(environment: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli.ts', 'verify-audit'],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          TOPSMILE_DATA_DIR: dataDir,
          TOPSMILE_AUDIT_KEY: testAuditKey,
          TOPSMILE_JWT_SECRET: 'cli-test-jwt-secret-that-is-long-enough-0123',
          ...environment,
        },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('npm run cli -- verify-audit', { timeout: 120_000 }, () => {
  it('reports an intact trail, then the first broken event with exit code 1', async () => {
    const database = await cliDatabase();
    const shared = process.env.TEST_DATABASE_URL !== undefined;
    let engine = await database.open();
    const audit = createAuditLog(testAuditKey);
    for (let index = 0; index < 5; index++) await audit.record(engine.db, sampleAuditEvent());
    if (!shared) await engine.close();

    const intact = await runVerifyAudit(database.environment);
    expect(intact).toEqual({ code: 0, output: 'Audit trail intact: 5 events\n' });

    if (!shared) engine = await database.open();
    await tamperAsOwner(engine, "UPDATE audit_events SET ip = '203.0.113.66' WHERE seq = 3");
    if (!shared) await engine.close();

    const broken = await runVerifyAudit(database.environment);
    expect(broken).toEqual({
      code: 1,
      output: 'Audit trail BROKEN at event #3: its content does not match its MAC (edited or forged)\n',
    });
  });
});
