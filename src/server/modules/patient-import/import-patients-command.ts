import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { AppContext } from '../../context.ts';
import { ColumnMappingError, type ColumnOverrides, parseColumnOverrides } from './column-mapping.ts';
import { type ImportProgress, type ImportSummary, importPatients } from './import-patients.ts';
import { MalformedCsvError } from './parse-patient-csv.ts';
import { writeRejectsFile } from './rejects-file.ts';

export const importPatientsUsage =
  'npm run cli -- import-patients <file.csv> [--map "Column=field,…"] [--dry-run] [--allow-duplicates] [--rejects <out.csv>]';

export type ImportPatientsRequest = {
  file: string;
  columnOverrides: ColumnOverrides;
  dryRun: boolean;
  allowDuplicates: boolean;
  rejectsFile: string | undefined;
};

const printedRejects = 20;

/** The command line, or why it cannot be run (before any database is opened). */
export function parseImportPatientsArgs(args: string[]): ImportPatientsRequest | { problem: string } {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        map: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        'allow-duplicates': { type: 'boolean' },
        rejects: { type: 'string' },
      },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return { problem: `Usage: ${importPatientsUsage}` };
    return {
      file: path.resolve(file),
      columnOverrides: parseColumnOverrides(values.map ?? []),
      dryRun: values['dry-run'] ?? false,
      allowDuplicates: values['allow-duplicates'] ?? false,
      rejectsFile: values.rejects === undefined ? undefined : path.resolve(values.rejects),
    };
  } catch (error) {
    return { problem: `${(error as Error).message}\nUsage: ${importPatientsUsage}` };
  }
}

/** Progress bars on stderr (drawn only on a terminal), so stdout keeps just the summary. */
function progressBars(): ImportProgress {
  const started = performance.now();
  let bar: cliProgress.SingleBar | undefined;
  const startBar = (format: string, total: number) => {
    bar = new cliProgress.SingleBar(
      { format, hideCursor: true, etaBuffer: 50, fps: 5 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rows: 0, rate: 0 });
  };
  let phase: 'reading' | 'inserting' | undefined;
  return {
    columnsResolved(headers, mapping) {
      const used = headers.flatMap((header, index) =>
        mapping.fields[index] ? [`${header} → ${mapping.fields[index]}`] : [],
      );
      console.error(`Columns: ${used.join(', ')}`);
      if (mapping.unknown.length > 0)
        console.error(`Ignoring columns the import does not know: ${mapping.unknown.join(', ')}`);
    },
    reading(bytesRead, totalBytes, rowsRead) {
      if (phase !== 'reading') {
        phase = 'reading';
        startBar(
          'Reading   {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
          totalBytes,
        );
      }
      const seconds = (performance.now() - started) / 1000;
      bar?.update(bytesRead, { rows: rowsRead, rate: Math.round(rowsRead / Math.max(seconds, 0.001)) });
    },
    inserting(inserted, total) {
      if (phase !== 'inserting') {
        bar?.stop();
        phase = 'inserting';
        startBar('Inserting {bar} {percentage}% | {value}/{total} rows | ETA {eta_formatted}', total);
      }
      bar?.update(inserted);
    },
    finished() {
      bar?.stop();
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function describeImportSummary(summary: ImportSummary): string[] {
  const { read, valid, rejected, imported, timings } = summary;
  const rate = Math.round(read / Math.max(timings.totalMs / 1000, 0.001));
  const lines = [`Read ${read} rows: ${valid} valid, ${rejected} rejected.`];
  lines.push(
    summary.dryRun
      ? `Dry run: nothing was written (${valid} would be imported).`
      : `Imported ${imported} ${imported === 1 ? 'patient' : 'patients'}.`,
  );
  lines.push(
    `Elapsed ${seconds(timings.totalMs)} (${rate} rows/s): reading and checking ${seconds(timings.readAndValidateMs)}, inserting ${seconds(timings.insertMs)}.`,
  );
  return lines;
}

/** Runs the import as the CLI does and answers the process exit code. */
export async function runPatientImportCommand(
  ctx: AppContext,
  request: ImportPatientsRequest,
): Promise<number> {
  let summary: ImportSummary;
  try {
    summary = await importPatients(ctx, {
      file: request.file,
      columnOverrides: request.columnOverrides,
      dryRun: request.dryRun,
      allowDuplicates: request.allowDuplicates,
      progress: progressBars(),
    });
  } catch (error) {
    if (error instanceof ColumnMappingError || error instanceof MalformedCsvError) {
      console.error(error.message);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`No such file: ${request.file}`);
      return 1;
    }
    throw error;
  }
  for (const line of describeImportSummary(summary)) console.log(line);
  if (summary.rejects.length > 0) {
    if (request.rejectsFile) {
      await writeRejectsFile(request.rejectsFile, summary.headers, summary.rejects, summary.delimiter);
      console.log(`Rejected rows written to ${request.rejectsFile}.`);
    } else {
      // Line numbers and reasons only: the rows themselves are patient data, kept off the terminal.
      for (const reject of summary.rejects.slice(0, printedRejects)) {
        console.log(`  line ${reject.line}: ${reject.reasons.join('; ')}`);
      }
      if (summary.rejects.length > printedRejects) {
        console.log(
          `  … and ${summary.rejects.length - printedRejects} more; use --rejects <out.csv> to get them all.`,
        );
      }
    }
  }
  return 0;
}
