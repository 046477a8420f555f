/**
 * What pdfkit's built-in fonts can draw. They are encoded in WinAnsi (Windows-1252), and a
 * character outside it does not just go missing: it garbles the whole run of text. The set is
 * printable ASCII, Latin-1 and Windows-1252's 0x80–0x9F row (spelt out because Node's
 * TextDecoder decodes `windows-1252` as plain Latin-1).
 */
const winAnsi = new Set([
  ...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCodePoint(0x20 + index)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, index) => String.fromCodePoint(0xa0 + index)),
  ...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ',
]);

const combiningMark = /\p{M}/u;
const space = /\s/u;
const invisible = /[\p{Cc}\p{Cf}]/u;

/**
 * Text as the built-in fonts can show it: Portuguese and other Western letters as they are;
 * accented letters without a glyph of their own lose the accent (ễ → e), other spaces become
 * plain ones, control characters go, and whatever is left (Ł, 王, emoji) becomes `?`.
 */
export function winAnsiText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (winAnsi.has(char)) out += char;
    else if (space.test(char)) out += ' ';
    else if (!invisible.test(char)) out += withoutAccents(char);
  }
  return out;
}

function withoutAccents(char: string): string {
  const parts = [...char.normalize('NFKD')].filter((part) => !combiningMark.test(part));
  return parts.length > 0 && parts.every((part) => winAnsi.has(part)) ? parts.join('') : '?';
}
