import { apiBlob } from '../../../api/api-client.ts';
import { downloadFile } from '../../../api/download-file.ts';

/** Saves a PDF the API serves behind the bearer token under `fileName`. */
export function downloadPdf(path: string, fileName: string): Promise<void> {
  return downloadFile(path, fileName, 'application/pdf');
}

/**
 * Prints a PDF from a hidden frame, so the desk gets the print dialog without a new tab (and
 * no pop-up blocker in the way, the file arriving after the click).
 */
export async function printPdf(path: string): Promise<void> {
  const url = URL.createObjectURL(await apiBlob(path));
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.addEventListener('load', () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
  });
  frame.src = url;
  document.body.append(frame);
  setTimeout(() => {
    frame.remove();
    URL.revokeObjectURL(url);
  }, 60_000);
}

export const receiptPath = (paymentId: string) =>
  `/api/v1/payments/${encodeURIComponent(paymentId)}/receipt.pdf`;
export const statementPath = (guarantorId: string) =>
  `/api/v1/statements/${encodeURIComponent(guarantorId)}.pdf`;
