import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppContext } from '../../context.ts';
import { patients } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { type ColumnMapping, type ColumnOverrides, resolveColumnMapping } from './column-mapping.ts';
import { DuplicateIndex } from './duplicate-index.ts';
import { type CsvRecord, detectDelimiter, MalformedCsvError, readCsvRecords } from './parse-patient-csv.ts';
import { type ClinicConventions, type PatientInsert, validatePatientRow } from './validate-patient-row.ts';

/** What the caller is told as the import goes, e.g. to draw progress bars. */
export type ImportProgress = {
  columnsResolved?(headers: readonly string[], mapping: ColumnMapping): void;
  reading?(bytesRead: number, totalBytes: number, rowsRead: number): void;
  inserting?(inserted: number, total: number): void;
  finished?(): void;
};

export type ImportPatientsOptions = {
  file: string;
  columnOverrides?: ColumnOverrides;
  dryRun?: boolean;
  allowDuplicates?: boolean;
  progress?: ImportProgress;
  /** Who is importing, for the audit trail; the CLI has no logged-in user. */
  source?: AuditSource;
  batchSize?: number;
};

export type RejectedRow = { line: number; reasons: string[]; values: string[] };

export type ImportSummary = {
  file: string;
  delimiter: string;
  headers: string[];
  unknownColumns: string[];
  /** Data rows read (the header not counted). */
  read: number;
  valid: number;
  imported: number;
  rejected: number;
  rejects: RejectedRow[];
  dryRun: boolean;
  timings: { readAndValidateMs: number; insertMs: number; totalMs: number };
};

export const cliAuditSource: AuditSource = {
  actorId: null,
  actorRole: null,
  ip: null,
  userAgent: 'topsmile-cli',
};

// About 14 bound values a row: 1,000 rows stay well under PostgreSQL's 65,535 parameters
// while a round trip costs little next to the rows it carries.
const defaultBatchSize = 1000;

type ValidRow = { line: number; values: PatientInsert };

type CheckedFile = {
  headers: string[];
  unknownColumns: string[];
  read: number;
  valid: ValidRow[];
  rejects: RejectedRow[];
};

/** The first pass: the header mapped, then every row validated and checked for duplicates. */
async function checkRows(
  ctx: AppContext,
  records: AsyncGenerator<CsvRecord>,
  options: ImportPatientsOptions,
  clinic: ClinicConventions,
): Promise<CheckedFile> {
  const first = await records.next();
  if (first.done) throw new MalformedCsvError(1, 'the file is empty; the first line must name the columns');
  const headers = first.value.values.map((header) => header.trim());
  const mapping = resolveColumnMapping(headers, options.columnOverrides);
  options.progress?.columnsResolved?.(headers, mapping);
  // After the header is known to be usable, so that a wrong file fails fast.
  const duplicates = options.allowDuplicates ? undefined : await DuplicateIndex.ofExistingPatients(ctx.db);
  const valid: ValidRow[] = [];
  const rejects: RejectedRow[] = [];
  let read = 0;
  for await (const { line, values } of records) {
    read++;
    if (values.length !== headers.length) {
      rejects.push({
        line,
        values,
        reasons: [`Has ${values.length} fields; the header has ${headers.length}`],
      });
      continue;
    }
    const checked = validatePatientRow(mapping.fields, values, clinic);
    if (!checked.ok) {
      rejects.push({ line, values, reasons: checked.reasons });
      continue;
    }
    const duplicate = duplicates?.find(checked.values);
    if (duplicate) {
      rejects.push({
        line,
        values,
        reasons: [`Possible duplicate of ${duplicate.of} (${duplicate.because})`],
      });
      continue;
    }
    duplicates?.add(checked.values, `line ${line}`);
    valid.push({ line, values: checked.values });
  }
  return { headers, unknownColumns: mapping.unknown, read, valid, rejects };
}

/**
 * Imports patients from a CSV file in two passes: read and validate everything (nothing
 * written if the CSV itself is malformed), then insert the valid rows in batches inside one
 * transaction, so that a failure leaves nothing half-imported. Rejected rows come back with
 * their line numbers and reasons.
 */
export async function importPatients(
  ctx: AppContext,
  options: ImportPatientsOptions,
): Promise<ImportSummary> {
  try {
    return await readThenInsert(ctx, options);
  } finally {
    // Also on failure, so that a progress bar never stays drawn over the error message.
    options.progress?.finished?.();
  }
}

async function readThenInsert(ctx: AppContext, options: ImportPatientsOptions): Promise<ImportSummary> {
  const started = performance.now();
  const { progress } = options;
  const settings = await getClinicSettings(ctx.db);
  const now = ctx.now();
  const clinic: ClinicConventions = {
    locale: settings.locale ?? 'en-US',
    country: settings.country ?? 'US',
    today: now.toISOString().slice(0, 10),
  };
  const { size: totalBytes } = await stat(options.file);
  const delimiter = await detectDelimiter(options.file);
  const records = readCsvRecords(options.file, {
    delimiter,
    onProgress: (bytesRead, recordsRead) =>
      progress?.reading?.(bytesRead, totalBytes, Math.max(0, recordsRead - 1)),
  });

  let checked: CheckedFile;
  try {
    checked = await checkRows(ctx, records, options, clinic);
  } finally {
    // Closes the file when the header was refused before the rows were read.
    await records.return(undefined);
  }
  const { headers, unknownColumns, read, valid, rejects } = checked;
  const readAndValidateMs = performance.now() - started;

  const insertStarted = performance.now();
  const imported = options.dryRun
    ? 0
    : await insertPatients(ctx, valid, {
        batchSize: options.batchSize ?? defaultBatchSize,
        now,
        source: options.source ?? cliAuditSource,
        detail: { file: path.basename(options.file), rows: read, rejected: rejects.length },
        progress,
      });
  const insertMs = performance.now() - insertStarted;
  return {
    file: options.file,
    delimiter,
    headers,
    unknownColumns,
    read,
    valid: valid.length,
    imported,
    rejected: rejects.length,
    rejects,
    dryRun: options.dryRun ?? false,
    timings: { readAndValidateMs, insertMs, totalMs: performance.now() - started },
  };
}

async function insertPatients(
  ctx: AppContext,
  rows: ValidRow[],
  options: {
    batchSize: number;
    now: Date;
    source: AuditSource;
    detail: { file: string; rows: number; rejected: number };
    progress: ImportProgress | undefined;
  },
): Promise<number> {
  const { now, source } = options;
  return withTransaction(ctx.db, async (tx) => {
    for (let start = 0; start < rows.length; start += options.batchSize) {
      const batch = rows.slice(start, start + options.batchSize).map(({ values }) => ({
        ...values,
        createdBy: source.actorId,
        updatedBy: source.actorId,
        createdAt: now,
        updatedAt: now,
      }));
      await tx.insert(patients).values(batch);
      options.progress?.inserting?.(start + batch.length, rows.length);
    }
    // One event for the whole file: one per row would chain 100,000 HMACs through the single
    // audit head row and take longer than the import itself.
    await ctx.audit.record(tx, {
      ...source,
      action: 'patients.import',
      entity: 'patient',
      outcome: 'success',
      detail: { ...options.detail, imported: rows.length },
    });
    return rows.length;
  });
}
