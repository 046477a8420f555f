import { apiBlob } from './api-client.ts';

/**
 * Saves a file the API serves behind the bearer token (receipts, statements, CSV exports) under
 * `fileName`. It comes through the API client, so an expired token is refreshed as for any call.
 */
export async function downloadFile(path: string, fileName: string, accept: string): Promise<void> {
  const file = await apiBlob(path, { headers: { accept: `${accept}, application/problem+json` } });
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; a minute is plenty before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
