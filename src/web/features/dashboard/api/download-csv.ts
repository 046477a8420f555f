import { downloadFile } from '../../../api/download-file.ts';

/** Saves a report as CSV under `fileName`. */
export function downloadCsv(path: string, fileName: string): Promise<void> {
  return downloadFile(path, fileName, 'text/csv');
}
