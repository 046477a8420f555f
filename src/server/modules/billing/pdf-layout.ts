import { winAnsiText } from './pdf-text.ts';

/** The few drawing moves receipts and statements share; every string goes through `winAnsiText`. */
type Doc = PDFKit.PDFDocument;

export type ClinicHeading = { name: string; phone: string | null; address: string | null };

export type Cell = { text: string; width: number; align?: 'left' | 'right' };

const regular = 'Helvetica';
const bold = 'Helvetica-Bold';

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when fewer than `height` points are left above the bottom margin. */
export function keepRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function drawClinicHeading(doc: Doc, clinic: ClinicHeading): void {
  doc.font(bold).fontSize(16).text(winAnsiText(clinic.name));
  doc.font(regular).fontSize(9);
  for (const line of [clinic.address, clinic.phone]) {
    if (line) doc.text(winAnsiText(line));
  }
  doc.moveDown(1.5);
}

export function drawTitle(doc: Doc, title: string): void {
  doc.font(bold).fontSize(20).text(winAnsiText(title));
  doc.moveDown(0.5);
}

export function drawSectionTitle(doc: Doc, title: string): void {
  keepRoom(doc, 48);
  doc.moveDown(0.8);
  doc.font(bold).fontSize(12).text(winAnsiText(title));
  doc.moveDown(0.3);
}

/** `Label: value` lines, the labels in bold. */
export function drawFields(doc: Doc, fields: readonly (readonly [string, string])[]): void {
  doc.fontSize(10);
  for (const [label, value] of fields) {
    doc.font(bold).text(`${winAnsiText(label)}: `, { continued: true });
    doc.font(regular).text(winAnsiText(value));
  }
}

export function drawParagraph(doc: Doc, text: string, size = 10): void {
  doc.font(regular).fontSize(size).text(winAnsiText(text), doc.page.margins.left);
}

/**
 * One table row. Widths are fractions of the text width; a cell that wraps pushes the next
 * row down, and a row never starts where it would be cut by the page end.
 */
export function drawRow(
  doc: Doc,
  cells: readonly Cell[],
  options: { bold?: boolean; rule?: boolean } = {},
): void {
  const total = contentWidth(doc);
  doc.font(options.bold ? bold : regular).fontSize(9);
  const heights = cells.map((cell) =>
    doc.heightOfString(winAnsiText(cell.text), { width: cell.width * total - 6 }),
  );
  const height = Math.max(...heights, doc.currentLineHeight());
  keepRoom(doc, height + 6);
  const top = doc.y;
  let x = doc.page.margins.left;
  for (const cell of cells) {
    const width = cell.width * total;
    doc.text(winAnsiText(cell.text), x, top, { width: width - 6, align: cell.align ?? 'left' });
    x += width;
  }
  doc.x = doc.page.margins.left;
  doc.y = top + height + 4;
  if (options.rule) {
    doc
      .moveTo(doc.page.margins.left, doc.y - 2)
      .lineTo(doc.page.margins.left + total, doc.y - 2)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
  }
}
