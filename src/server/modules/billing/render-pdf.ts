import PDFDocument from 'pdfkit';

export type PdfInfo = { title: string; language: string; createdAt: Date };

/**
 * Runs `draw` on a fresh A4 document and collects the bytes. The creation date comes from the
 * caller (the injected clock), so the same data renders the same document.
 */
export function renderPdf(info: PdfInfo, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      lang: info.language,
      info: { Title: info.title, Producer: 'TopSmile', Creator: 'TopSmile', CreationDate: info.createdAt },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
