import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from './engine.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// Arbitrary constant: several processes starting together on one PostgreSQL queue here
// instead of racing to apply the same file.
const migrationLockKey = 7_305_001;

export type Migration = { id: string; sql: string; checksum: string };

export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sqlText = readFileSync(path.join(dir, file), 'utf8');
      return {
        id: file.replace(/\.sql$/, ''),
        sql: sqlText,
        checksum: createHash('sha256').update(sqlText).digest('hex'),
      };
    });
}

export class MigrationChecksumError extends Error {}

/** Applies, in order and each in its own transaction, the migrations not yet recorded. */
export async function migrate(engine: Engine, migrations = readMigrations()): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await engine.rawTransaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
      await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        id text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const [existing] = await tx.query<{ checksum: string }>(
        'SELECT checksum FROM schema_migrations WHERE id = $1',
        [migration.id],
      );
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new MigrationChecksumError(
            `Migration ${migration.id} was changed after it was applied; add a new migration instead.`,
          );
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [
        migration.id,
        migration.checksum,
      ]);
      return true;
    });
    if (didApply) applied.push(migration.id);
  }
  return applied;
}
