import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database.ts';
import { MigrationChecksumError, migrate, readMigrations } from './migrate.ts';

const database = await createTestDatabase();
afterAll(() => database.drop());

describe('migrations', () => {
  it('are idempotent: a second run on a migrated database applies nothing', async () => {
    expect(await migrate(database.engine)).toEqual([]);
    expect(await migrate(database.engine)).toEqual([]);
  });

  it('apply new files in order and record them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'topsmile-migrations-'));
    writeFileSync(path.join(dir, '9001_first.sql'), 'CREATE TABLE migration_probe (n int);');
    writeFileSync(
      path.join(dir, '9002_second.sql'),
      'INSERT INTO migration_probe VALUES (1); INSERT INTO migration_probe VALUES (2);',
    );
    expect(await migrate(database.engine, readMigrations(dir))).toEqual(['9001_first', '9002_second']);
    expect(await migrate(database.engine, readMigrations(dir))).toEqual([]);
    const rows = await database.engine.rawTransaction((tx) =>
      tx.query<{ n: number }>('SELECT n FROM migration_probe ORDER BY n'),
    );
    expect(rows.map((row) => row.n)).toEqual([1, 2]);
  });

  it('roll back a failing file completely and record nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'topsmile-migrations-'));
    writeFileSync(
      path.join(dir, '9101_broken.sql'),
      'CREATE TABLE half_done (n int); SELECT no_such_function();',
    );
    await expect(migrate(database.engine, readMigrations(dir))).rejects.toThrow();
    const tables = await database.engine.rawTransaction((tx) =>
      tx.query<{ count: number }>(
        "SELECT count(*)::int AS count FROM pg_tables WHERE tablename = 'half_done'",
      ),
    );
    expect(tables[0]?.count).toBe(0);
  });

  it('refuse to run when an applied file was edited', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'topsmile-migrations-'));
    writeFileSync(path.join(dir, '9201_edited.sql'), 'CREATE TABLE edited_probe (n int);');
    await migrate(database.engine, readMigrations(dir));
    writeFileSync(path.join(dir, '9201_edited.sql'), 'CREATE TABLE edited_probe (n bigint);');
    await expect(migrate(database.engine, readMigrations(dir))).rejects.toBeInstanceOf(
      MigrationChecksumError,
    );
  });
});
