import { sql } from 'drizzle-orm';
import type { PgTransactionConfig } from 'drizzle-orm/pg-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database.ts';
import { toProblem } from '../http/error-handler.ts';
import { isDatabaseBusy } from './database-busy.ts';
import { openPostgres } from './engine.ts';

// Pools exist only on a PostgreSQL server; PGlite is one connection inside the process.
const database = process.env.TEST_DATABASE_URL ? await createTestDatabase() : undefined;
afterAll(() => database?.drop());

/** An engine whose pool has one connection, so that a single holder makes everyone else wait. */
function onePooledConnection(connectionTimeoutMillis: number) {
  if (!database?.url) throw new Error('needs TEST_DATABASE_URL');
  return openPostgres(database.url, 1, { connectionTimeoutMillis });
}

describe.skipIf(database === undefined)('the PostgreSQL pool', () => {
  it('answers 503 database_busy when no connection comes free in time, rather than waiting forever', async () => {
    const engine = onePooledConnection(100);
    let release = () => {};
    const holding = engine.rawTransaction(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      const query = await engine.db.execute(sql`SELECT 1`).catch((error: unknown) => error);
      const transaction = await engine.db.transaction(async () => {}).catch((error: unknown) => error);
      for (const error of [query, transaction]) {
        expect(isDatabaseBusy(error)).toBe(true);
        expect(toProblem(error)).toMatchObject({ status: 503, code: 'database_busy' });
      }
    } finally {
      release();
      await holding;
      await engine.close();
    }
  });

  it('gets the connection back from a transaction whose BEGIN failed', async () => {
    const engine = onePooledConnection(2_000);
    try {
      // Not a level PostgreSQL knows, so BEGIN itself fails; drizzle's own pool transaction
      // would keep the client checked out for good, and the next query would find none free.
      const unknownLevel = 'chaotic' as unknown as PgTransactionConfig['isolationLevel'];
      await expect(engine.db.transaction(async () => {}, { isolationLevel: unknownLevel })).rejects.toThrow();
      await expect(engine.db.execute(sql`SELECT 1`)).resolves.toBeDefined();
    } finally {
      await engine.close();
    }
  });
});
