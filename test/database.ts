import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { type Engine, openPostgres, pgliteEngine, pgliteExtensions } from '../src/server/db/engine.ts';
import { adminQuery, databaseUrlWithName } from './template-database.ts';

export type TestDatabase = { engine: Engine; url: string | undefined; drop(): Promise<void> };

/**
 * A fresh, migrated database of its own for the calling test file: a copy of the run's
 * template, on PGlite by default or on the server given by TEST_DATABASE_URL.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `topsmile_test_${randomBytes(6).toString('hex')}`;
    await createFromTemplate(serverUrl, name, inject('postgresTemplate'));
    const url = databaseUrlWithName(serverUrl, name);
    const engine = openPostgres(url, 20);
    return {
      engine,
      url,
      async drop() {
        await engine.close();
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const tarball = await readFile(inject('pgliteTemplate'));
  const client = await PGlite.create({ loadDataDir: new Blob([tarball]), extensions: pgliteExtensions });
  const engine = pgliteEngine(client);
  return { engine, url: undefined, drop: () => engine.close() };
}

// CREATE DATABASE … TEMPLATE fails while another session is copying the same template,
// which parallel test files do; a short retry is enough.
async function createFromTemplate(serverUrl: string, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === '55006';
      if (!busy || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
