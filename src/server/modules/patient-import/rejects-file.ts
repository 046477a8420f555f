import { writeFile } from 'node:fs/promises';
import type { RejectedRow } from './import-patients.ts';

function csvField(value: string, delimiter: string): string {
  const needsQuotes =
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    value.trim() !== value;
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record (RFC 4180 quoting), without its line break. */
export function csvLine(fields: readonly string[], delimiter = ','): string {
  return fields.map((field) => csvField(field, delimiter)).join(delimiter);
}

/**
 * The rejected rows as CSV (line, reason, then the original columns) in the input's own
 * delimiter. Once corrected it can be imported as it is: "line" and "reason" are reported as
 * unknown columns and ignored. The BOM is what makes Excel read it as UTF-8.
 */
export async function writeRejectsFile(
  file: string,
  headers: readonly string[],
  rejects: readonly RejectedRow[],
  delimiter: string,
): Promise<void> {
  const line = (fields: readonly string[]) =>
    fields.map((field) => csvField(field, delimiter)).join(delimiter);
  const lines = [
    line(['line', 'reason', ...headers]),
    ...rejects.map((reject) => line([String(reject.line), reject.reasons.join('; '), ...reject.values])),
  ];
  await writeFile(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
