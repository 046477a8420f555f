type MediaRange = { type: string; q: number };

function mediaRanges(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part) => {
    const [type = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (type === '') return [];
    const qParameter = parameters.find((parameter) => parameter.startsWith('q='));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    return [{ type, q: Number.isFinite(q) ? q : 0 }];
  });
}

/** The weight the header gives `type`, from its most specific matching range (RFC 9110 §12.5.1). */
function weightOf(ranges: MediaRange[], type: string): number {
  const [major] = type.split('/');
  for (const candidate of [type, `${major}/*`, '*/*']) {
    const range = ranges.find((item) => item.type === candidate);
    if (range) return range.q;
  }
  return 0;
}

/**
 * Whether the caller asked for CSV rather than JSON: `text/csv` must be named (a bare wildcard
 * keeps JSON, the default) and weigh more than JSON: a tie keeps the default.
 */
export function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = mediaRanges(accept);
  const csv = ranges.find((range) => range.type === 'text/csv')?.q ?? 0;
  return csv > 0 && csv > weightOf(ranges, 'application/json');
}
