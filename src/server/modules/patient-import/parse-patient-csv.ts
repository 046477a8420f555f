import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';

/** The CSV itself cannot be read (unterminated quote, not UTF-8…): nothing of it is imported. */
export class MalformedCsvError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`The CSV is malformed at line ${line}: ${detail}. Nothing was imported.`);
  }
}

/** One record of the file and the line it starts on (a quoted field may span several lines). */
export type CsvRecord = { line: number; values: string[] };

export type CsvReadProgress = (bytesRead: number, recordsRead: number) => void;

// Brazilian spreadsheets save with semicolons (the comma is their decimal separator).
const candidateDelimiters = [',', ';', '\t'] as const;
const delimiterSampleBytes = 64 * 1024;
// A record this long is a runaway quote, not a patient; stop early instead of buffering the file.
const maxRecordBytes = 1024 * 1024;

/**
 * The delimiter that splits the header row into the most fields. csv-parse's own
 * `delimiter_auto` (7.0.3) fails on quoted fields and on a BOM, so the header is parsed with
 * each candidate instead.
 */
export async function detectDelimiter(file: string): Promise<string> {
  const handle = await open(file, 'r');
  let sample: Buffer;
  try {
    const buffer = Buffer.alloc(delimiterSampleBytes);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    sample = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  let best: { delimiter: string; fields: number } = { delimiter: ',', fields: 0 };
  for (const delimiter of candidateDelimiters) {
    try {
      const [header] = parseSync(sample, { bom: true, delimiter, to_line: 1, relax_quotes: true });
      const fields = header?.length ?? 0;
      if (fields > best.fields) best = { delimiter, fields };
    } catch {
      // This candidate does not fit the header; another one will.
    }
  }
  return best.delimiter;
}

function count(text: string, character: string): number {
  let found = 0;
  for (let index = text.indexOf(character); index >= 0; index = text.indexOf(character, index + 1)) found++;
  return found;
}

/**
 * Line numbers as a spreadsheet shows them, so that a reject can be found. csv-parse reports
 * the line a record ends on, and counts a CRLF inside a quoted field as two lines; both are
 * corrected here.
 */
class LineCounter {
  private extraLinesCounted = 0;
  /** Where the record after the last one counted starts (at best: blank lines may come first). */
  next = 1;

  startOf(values: readonly string[], endLineAsCounted: number): number {
    let breakCharacters = 0;
    let crlfPairs = 0;
    for (const value of values) {
      if (value.includes('\n') || value.includes('\r')) {
        breakCharacters += count(value, '\n') + count(value, '\r');
        crlfPairs += count(value, '\r\n');
      }
    }
    const start = endLineAsCounted - this.extraLinesCounted - breakCharacters;
    this.extraLinesCounted += crlfPairs;
    this.next = endLineAsCounted - this.extraLinesCounted + 1;
    return start;
  }
}

/** Every record of the file, the header first, with the line each starts on. */
export async function* readCsvRecords(
  file: string,
  options: { delimiter: string; onProgress?: CsvReadProgress | undefined },
): AsyncGenerator<CsvRecord> {
  const lines = new LineCounter();
  // Filled as csv-parse reads, emptied as the loop below receives, in the same order.
  const startLines: number[] = [];
  const source = createReadStream(file);
  const parser = parse({
    bom: true,
    delimiter: options.delimiter,
    skip_empty_lines: true,
    // Rows with the wrong number of fields are rejected one by one, not the whole file.
    relax_column_count: true,
    max_record_size: maxRecordBytes,
    // Counted here rather than in the loop: a parse error discards the records still buffered
    // in the stream, and the error must name the line after the last good one.
    on_record: (values, context) => {
      startLines.push(lines.startOf(values, context.lines));
      return values;
    },
  });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let recordsRead = 0;
  try {
    // The stream yields what on_record returns; its typing does not say so.
    for await (const values of parser as AsyncIterable<string[]>) {
      const record: CsvRecord = { line: startLines.shift() ?? lines.next, values };
      // U+FFFD is what bytes that are not UTF-8 decode to: a Latin-1 export would otherwise
      // import "Jos\uFFFD" for every accented name.
      if (record.values.some((value) => value.includes('\uFFFD'))) {
        throw new MalformedCsvError(record.line, 'the file is not UTF-8 text; save it as "CSV UTF-8"');
      }
      recordsRead++;
      if (options.onProgress && recordsRead % 500 === 0) options.onProgress(parser.info.bytes, recordsRead);
      yield record;
    }
    options.onProgress?.(parser.info.bytes, recordsRead);
  } catch (error) {
    if (error instanceof CsvError) throw new MalformedCsvError(lines.next, error.message);
    throw error;
  } finally {
    source.destroy();
    parser.destroy();
  }
}
