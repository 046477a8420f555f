import { access } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { DataDirLockedError } from '../../db/data-dir-lock.ts';
import { openDatabase } from '../../db/open-database.ts';
import { writeBackup } from './write-backup.ts';

export const backupUsage = 'npm run cli -- backup <file.jsonl[.gz]>';

/** `backup <file>`: exit code 0 when the whole file is written, 1 when nothing was, 2 for a bad command line. */
export async function runBackupCommand(args: string[]): Promise<number> {
  const [given, ...extra] = args;
  if (!given || extra.length > 0) {
    console.error(`Usage: ${backupUsage}`);
    return 2;
  }
  const file = path.resolve(given);
  if (await exists(file)) {
    console.error(`${file} already exists; a backup never overwrites a file. Choose a new name.`);
    return 1;
  }
  const config = loadConfig();
  let engine: Awaited<ReturnType<typeof openDatabase>>;
  try {
    engine = await openDatabase(config.database);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(
      `${error.message}\nThe embedded database belongs to the one process that runs it, so it can be ` +
        'backed up only while the server is stopped: stop TopSmile, run the backup, start it again. ' +
        'For backups while the clinic works, run on PostgreSQL (DATABASE_URL).',
    );
    return 1;
  }
  try {
    // The file's own timestamp, not business time: no clinic clock is involved.
    const summary = await writeBackup(engine, file, new Date());
    const tables = Object.keys(summary.tables).length;
    console.log(
      `Backup written to ${file}: ${summary.rows} rows in ${tables} tables, ${summary.migrations} migrations.`,
    );
    console.log(
      'Keep the audit key (TOPSMILE_AUDIT_KEY, or audit-key.txt in the data directory) safe and apart from ' +
        'the backup: the restored audit trail verifies only with it.',
    );
    return 0;
  } finally {
    await engine.close();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
