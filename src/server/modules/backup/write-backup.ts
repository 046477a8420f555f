import type { Engine } from '../../db/engine.ts';
import { createBackupWriter } from './backup-file.ts';
import { planTableOrder } from './plan-table-order.ts';
import { readTableCatalog } from './read-table-catalog.ts';

export type BackupSummary = { tables: Record<string, number>; rows: number; migrations: number };

const rowsPerFetch = 1000;

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/**
 * Dumps every application table into `file` from one REPEATABLE READ snapshot: on PostgreSQL
 * the server keeps serving meanwhile and the backup is the database as it stood at one
 * instant, with no half of a transaction in it.
 */
export async function writeBackup(engine: Engine, file: string, now: Date): Promise<BackupSummary> {
  const writer = await createBackupWriter(file);
  try {
    const summary = await engine.rawTransaction(async (tx) => {
      await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const migrations = await tx.query<{ id: string; checksum: string }>(
        'SELECT id, checksum FROM schema_migrations ORDER BY id',
      );
      const catalog = await readTableCatalog(tx);
      const plan = planTableOrder(catalog.tables, catalog.foreignKeys);
      await writer.line(
        JSON.stringify({
          format: 'topsmile-backup',
          version: 1,
          createdAt: now.toISOString(),
          engine: engine.kind,
          migrations,
        }),
      );
      const tables: Record<string, number> = {};
      for (const name of plan.order) {
        const table = catalog.tables.find((candidate) => candidate.name === name);
        if (!table) continue;
        await writer.line(JSON.stringify({ '@table': name, columns: table.columns }));
        const columns = table.columns.map(quoted).join(', ');
        const orderBy = (table.primaryKey.length > 0 ? table.primaryKey : table.columns)
          .map(quoted)
          .join(', ');
        // json_build_object would need every column named twice; a row subquery names them once.
        await tx.exec(
          `DECLARE backup_rows NO SCROLL CURSOR FOR
             SELECT to_jsonb(r)::text AS line FROM (SELECT ${columns} FROM ${quoted(name)} ORDER BY ${orderBy}) r`,
        );
        let count = 0;
        for (;;) {
          const batch = await tx.query<{ line: string }>(`FETCH ${rowsPerFetch} FROM backup_rows`);
          for (const row of batch) await writer.line(row.line);
          count += batch.length;
          if (batch.length < rowsPerFetch) break;
        }
        await tx.exec('CLOSE backup_rows');
        await writer.line(JSON.stringify({ '@end': name, rows: count }));
        tables[name] = count;
      }
      await writer.line(JSON.stringify({ '@complete': true, tables }));
      return {
        tables,
        rows: Object.values(tables).reduce((sum, count) => sum + count, 0),
        migrations: migrations.length,
      };
    });
    await writer.commit();
    return summary;
  } catch (error) {
    await writer.abandon();
    throw error;
  }
}
