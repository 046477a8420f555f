import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, testConfig } from '../../../../test/app.ts';
import { logInAs } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { adminQuery, databaseUrlWithName } from '../../../../test/template-database.ts';
import { type Engine, openPostgres, pgliteEngine, pgliteExtensions } from '../../db/engine.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { seedDemoData } from '../demo-data/seed-demo-data.ts';
import { BackupFileError } from './backup-file.ts';
import { RestoreRefusedError, restoreBackup } from './restore-backup.ts';
import { writeBackup } from './write-backup.ts';

const { app, database, ctx } = await createTestApp();
const dir = await mkdtemp(path.join(os.tmpdir(), 'topsmile-backup-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A new database with nothing in it, not even the migrations: what an operator restores into. */
async function emptyDatabase(): Promise<Engine> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const engine = pgliteEngine(await PGlite.create({ extensions: pgliteExtensions }));
    afterAll(() => engine.close());
    return engine;
  }
  const name = `topsmile_restore_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const engine = openPostgres(databaseUrlWithName(serverUrl, name), 4);
  afterAll(async () => {
    await engine.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return engine;
}

/** Row count and a digest of every row (generated columns included) of every table. */
async function fingerprint(engine: Engine): Promise<Record<string, string>> {
  return engine.rawTransaction(async (tx) => {
    const tables = await tx.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'
        ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await tx.query<{ rows: number; digest: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)) AS digest
           FROM "${name}" t`,
      );
      result[name] = `${row?.rows} ${row?.digest}`;
    }
    return result;
  });
}

async function addLedgerReversals(count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const patient = await createTestPatient(ctx);
    await database.engine.rawTransaction(async (tx) => {
      const [charge] = await tx.query<{ id: string }>(
        `INSERT INTO ledger_entries (patient_id, kind, amount_cents, currency, description, posted_at, posted_on)
         VALUES ($1, 'charge', 5000, 'USD', 'Cleaning', now(), current_date) RETURNING id`,
        [patient.id],
      );
      await tx.query(
        `INSERT INTO ledger_entries (patient_id, kind, amount_cents, currency, description, posted_at, posted_on,
                                     reverses_entry_id)
         VALUES ($1, 'charge', -5000, 'USD', 'Cleaning undone', now(), current_date, $2)`,
        [patient.id, charge?.id],
      );
    });
  }
}

describe('backup and restore', () => {
  it('round-trips every row into a fresh database, where the audit chain verifies', {
    timeout: 180_000,
  }, async () => {
    await seedDemoData(ctx, { patients: 25, password: 'demo password that is long enough 42' });
    const guardian = await createTestPatient(ctx);
    await createTestPatient(ctx, { guardianPatientId: guardian.id, guarantorPatientId: guardian.id });
    const patientUser = await logInAs(app, ctx, 'patient');
    const manager = await logInAs(app, ctx, 'manager');
    await app.inject({ method: 'GET', url: '/api/v1/patients', headers: manager.headers });
    await app.inject({ method: 'GET', url: '/api/v1/users', headers: patientUser.headers });
    await addLedgerReversals(6);

    const file = path.join(dir, 'clinic.jsonl.gz');
    const written = await writeBackup(database.engine, file, new Date('2026-01-02T03:04:05Z'));
    expect(written.tables.users).toBeGreaterThan(5);
    expect(written.tables.ledger_entries).toBeGreaterThanOrEqual(12);

    const target = await emptyDatabase();
    const restored = await restoreBackup(target, file);
    expect(restored.tables).toEqual(written.tables);

    expect(await fingerprint(target)).toEqual(await fingerprint(database.engine));
    const source = await verifyAuditChain(database.engine.db, testConfig().auditKey);
    const copy = await verifyAuditChain(target.db, testConfig().auditKey);
    expect(source.ok).toBe(true);
    expect(copy).toEqual(source);
    expect(copy.rows).toBeGreaterThan(3);

    // A restore never lands on top of a clinic's data.
    await expect(restoreBackup(target, file)).rejects.toBeInstanceOf(RestoreRefusedError);
  });

  it('refuses a file cut short, leaving the target without data', async () => {
    const file = path.join(dir, 'cut.jsonl');
    await writeBackup(database.engine, file, new Date('2026-01-02T03:04:05Z'));
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    const cut = path.join(dir, 'cut-short.jsonl');
    await writeFile(cut, `${lines.slice(0, -3).join('\n')}\n`);

    const target = await emptyDatabase();
    await expect(restoreBackup(target, cut)).rejects.toBeInstanceOf(BackupFileError);
    const [users] = await target.rawTransaction((tx) =>
      tx.query<{ count: number }>('SELECT count(*)::int AS count FROM users'),
    );
    expect(users?.count).toBe(0);
  });

  it('never overwrites an existing file', async () => {
    const file = path.join(dir, 'taken.jsonl');
    await writeFile(file, 'mine');
    await expect(writeBackup(database.engine, file, new Date())).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('mine');
  });
});
