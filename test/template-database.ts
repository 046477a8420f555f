import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPostgres, pgliteEngine, pgliteExtensions } from '../src/server/db/engine.ts';
import { migrate } from '../src/server/db/migrate.ts';

/** Migrates once per test run; every test file then starts from a copy of this database. */
export async function createPgliteTemplate(dir: string): Promise<string> {
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const engine = pgliteEngine(client);
  await migrate(engine);
  const dump = await client.dumpDataDir('none');
  const file = path.join(dir, 'pglite-template.tar');
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
  await engine.close();
  return file;
}

export function databaseUrlWithName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

export async function createPostgresTemplate(serverUrl: string, name: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const engine = openPostgres(databaseUrlWithName(serverUrl, name), 2);
  try {
    await migrate(engine);
  } finally {
    await engine.close();
  }
}
