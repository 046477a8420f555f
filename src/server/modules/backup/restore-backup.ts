import type { Engine, RawTransaction } from '../../db/engine.ts';
import { migrate, readMigrations } from '../../db/migrate.ts';
import {
  BackupFileError,
  BackupHeader,
  BackupTrailer,
  parseLine,
  readBackupLines,
  TableEnd,
  TableStart,
} from './backup-file.ts';
import { type CatalogTable, orderParentsFirst, planTableOrder } from './plan-table-order.ts';
import { readTableCatalog } from './read-table-catalog.ts';

export type RestoreSummary = { tables: Record<string, number>; rows: number; migrations: number };

export class RestoreRefusedError extends Error {}

const rowsPerInsert = 500;

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/**
 * Loads a backup into an empty database: migrates it to the backup's own migration, inserts
 * every row in one transaction with all constraints and triggers on (so the audit chain is
 * re-linked row by row exactly as it was written), then applies the newer migrations.
 * A database that already holds users, patients or audit events is refused: a restore
 * never merges into or overwrites a clinic's data.
 */
export async function restoreBackup(engine: Engine, file: string): Promise<RestoreSummary> {
  const lines = readBackupLines(file)[Symbol.asyncIterator]();
  const next = async () => {
    const result = await lines.next();
    return result.done ? undefined : result.value;
  };
  const header = parseLine(BackupHeader, await next(), 'the header');
  const known = readMigrations();
  header.migrations.forEach((migration, index) => {
    const mine = known[index];
    if (mine?.id !== migration.id || mine.checksum !== migration.checksum) {
      throw new RestoreRefusedError(
        `The backup was taken at migration ${header.migrations.at(-1)?.id ?? 'none'}, which this version ` +
          `of TopSmile does not have (${migration.id} differs). Restore with the version that wrote it.`,
      );
    }
  });
  await refuseUnlessEmpty(engine);
  await migrate(engine, known.slice(0, header.migrations.length));

  const tables = await engine.rawTransaction(async (tx) => {
    const catalog = await readTableCatalog(tx);
    const plan = planTableOrder(catalog.tables, catalog.foreignKeys);
    const restored: Record<string, number> = {};
    const deferredLines = new Map<string, string[]>();
    for (;;) {
      const line = await next();
      if (line === undefined)
        throw new BackupFileError('The backup ends before its trailer: it was cut short.');
      if (line.startsWith('{"@complete"')) {
        const trailer = parseLine(BackupTrailer, line, 'the trailer');
        for (const [name, count] of Object.entries(trailer.tables)) {
          if (restored[name] !== count)
            throw new BackupFileError(`The backup's count for ${name} does not match.`);
        }
        break;
      }
      const start = parseLine(TableStart, line, 'a table');
      const table = catalog.tables.find((candidate) => candidate.name === start['@table']);
      const unknown = start.columns.filter((column) => !table?.columns.includes(column));
      if (!table || unknown.length > 0) {
        throw new BackupFileError(
          `The backup's table ${start['@table']} does not match this database's schema.`,
        );
      }
      const deferred = plan.deferred.get(table.name) ?? [];
      const selfReferences = plan.selfReferences.get(table.name) ?? [];
      // Seed rows written by the migrations (clinic settings, counters) make way for the backup's.
      await tx.exec(`DELETE FROM ${quoted(table.name)}`);
      // Rows stream through in batches; only a self-referencing table is held whole, to be ordered.
      const held: string[] = [];
      const keptForLater: string[] = [];
      let batch: string[] = [];
      let count = 0;
      let end: { '@end': string; rows: number } | undefined;
      while (!end) {
        const text = await next();
        if (text === undefined)
          throw new BackupFileError('The backup ends inside a table: it was cut short.');
        if (text.startsWith('{"@end"')) {
          end = parseLine(TableEnd, text, 'the end of a table');
          continue;
        }
        count += 1;
        if (deferred.length > 0) keptForLater.push(text);
        if (selfReferences.length > 0) {
          held.push(text);
          continue;
        }
        batch.push(text);
        if (batch.length >= rowsPerInsert) {
          await insertRows(tx, table, start.columns, deferred, batch);
          batch = [];
        }
      }
      await insertRows(tx, table, start.columns, deferred, batch);
      const ordered = parentsFirst(table, selfReferences, held);
      for (let offset = 0; offset < ordered.length; offset += rowsPerInsert) {
        await insertRows(tx, table, start.columns, deferred, ordered.slice(offset, offset + rowsPerInsert));
      }
      if (end['@end'] !== start['@table'] || end.rows !== count) {
        throw new BackupFileError(
          `The backup's table ${start['@table']} is damaged (its row count does not match).`,
        );
      }
      if (keptForLater.length > 0) deferredLines.set(table.name, keptForLater);
      await resetIdentities(tx, table);
      restored[table.name] = count;
    }
    for (const [name, rows] of deferredLines) {
      const table = catalog.tables.find((candidate) => candidate.name === name);
      if (!table) continue;
      for (let offset = 0; offset < rows.length; offset += rowsPerInsert) {
        await setDeferred(
          tx,
          table,
          plan.deferred.get(name) ?? [],
          rows.slice(offset, offset + rowsPerInsert),
        );
      }
    }
    return restored;
  });
  await migrate(engine, known);
  return {
    tables,
    rows: Object.values(tables).reduce((sum, count) => sum + count, 0),
    migrations: header.migrations.length,
  };
}

async function refuseUnlessEmpty(engine: Engine): Promise<void> {
  const holdsData = await engine.rawTransaction(async (tx) => {
    const [schema] = await tx.query<{ present: boolean }>(
      `SELECT to_regclass('public.users') IS NOT NULL AND to_regclass('public.patients') IS NOT NULL
          AND to_regclass('public.audit_events') IS NOT NULL AS present`,
    );
    if (!schema?.present) return false;
    const [counts] = await tx.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM patients)
          OR EXISTS (SELECT 1 FROM audit_events) AS found`,
    );
    return counts?.found ?? false;
  });
  if (holdsData) {
    throw new RestoreRefusedError(
      'The database to restore into already holds data; a restore never overwrites a clinic. ' +
        'Point TOPSMILE_DATA_DIR or DATABASE_URL at a new, empty database and run restore again.',
    );
  }
}

function parentsFirst(table: CatalogTable, selfReferences: string[], rows: string[]): string[] {
  const [key, ...rest] = table.primaryKey;
  if (rows.length === 0 || key === undefined || rest.length > 0) return rows;
  const parsed = rows.map((text) => ({ text, row: JSON.parse(text) as Record<string, unknown> }));
  return orderParentsFirst(
    parsed,
    (entry) => String(entry.row[key]),
    (entry) =>
      selfReferences
        .map((column) => entry.row[column])
        .filter((value) => value !== null && value !== undefined)
        .map(String),
  ).map((entry) => entry.text);
}

async function insertRows(
  tx: RawTransaction,
  table: CatalogTable,
  columns: string[],
  deferred: string[],
  rows: string[],
): Promise<void> {
  if (rows.length === 0) return;
  const target = columns.map(quoted).join(', ');
  const values = columns
    .map((column) => (deferred.includes(column) ? 'NULL' : `r.${quoted(column)}`))
    .join(', ');
  const overriding = table.identity.length > 0 ? 'OVERRIDING SYSTEM VALUE' : '';
  await tx.query(
    `INSERT INTO ${quoted(table.name)} (${target}) ${overriding}
       SELECT ${values} FROM jsonb_populate_recordset(NULL::${quoted(table.name)}, $1::jsonb) r`,
    [`[${rows.join(',')}]`],
  );
}

async function setDeferred(tx: RawTransaction, table: CatalogTable, deferred: string[], rows: string[]) {
  if (rows.length === 0 || deferred.length === 0 || table.primaryKey.length === 0) return;
  const assignments = deferred.map((column) => `${quoted(column)} = r.${quoted(column)}`).join(', ');
  const match = table.primaryKey.map((column) => `t.${quoted(column)} = r.${quoted(column)}`).join(' AND ');
  const anySet = deferred.map((column) => `r.${quoted(column)} IS NOT NULL`).join(' OR ');
  await tx.query(
    `UPDATE ${quoted(table.name)} t SET ${assignments}
       FROM jsonb_populate_recordset(NULL::${quoted(table.name)}, $1::jsonb) r
      WHERE ${match} AND (${anySet})`,
    [`[${rows.join(',')}]`],
  );
}

async function resetIdentities(tx: RawTransaction, table: CatalogTable): Promise<void> {
  for (const column of table.identity) {
    await tx.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), max(${quoted(column)})) FROM ${quoted(table.name)}
        HAVING max(${quoted(column)}) IS NOT NULL`,
      [quoted(table.name), column],
    );
  }
}
