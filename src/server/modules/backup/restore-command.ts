import { access } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { DataDirLockedError } from '../../db/data-dir-lock.ts';
import { openDatabase } from '../../db/open-database.ts';
import { describeAuditVerification, verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { BackupFileError } from './backup-file.ts';
import { RestoreRefusedError, restoreBackup } from './restore-backup.ts';

export const restoreUsage = 'npm run cli -- restore <file.jsonl[.gz]>';

/**
 * `restore <file>` into the configured database, which must be empty: 0 when restored and the
 * audit chain verifies, 1 otherwise, 2 for a bad command line.
 */
export async function runRestoreCommand(args: string[]): Promise<number> {
  const [given, ...extra] = args;
  if (!given || extra.length > 0) {
    console.error(`Usage: ${restoreUsage}`);
    return 2;
  }
  const file = path.resolve(given);
  try {
    await access(file);
  } catch {
    console.error(`${file} cannot be read.`);
    return 1;
  }
  const config = loadConfig();
  let engine: Awaited<ReturnType<typeof openDatabase>>;
  try {
    engine = await openDatabase(config.database);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(`${error.message}\nStop the server before restoring into its data directory.`);
    return 1;
  }
  try {
    const summary = await restoreBackup(engine, file);
    const tables = Object.keys(summary.tables).length;
    console.log(`Restored ${summary.rows} rows in ${tables} tables from ${file}.`);
    const verification = await verifyAuditChain(engine.db, config.auditKey);
    if (!verification.ok) {
      console.error(
        `${describeAuditVerification(verification)}\nIs TOPSMILE_AUDIT_KEY (or audit-key.txt) the one the ` +
          'backed-up server used?',
      );
      return 1;
    }
    console.log(describeAuditVerification(verification));
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefusedError || error instanceof BackupFileError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await engine.close();
  }
}
