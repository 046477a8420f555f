import { extractText, getDocumentProxy } from 'unpdf';

/**
 * The text a PDF reader finds in the document, with every kind of space as a plain one
 * (currency formats use no-break spaces; extraction may give either).
 */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/gu, ' ');
}

/** The same normalisation for what a test expects to find. */
export function plainSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ');
}
