import { describe, expect, it } from 'vitest';
import { prefersCsv } from './prefers-csv.ts';

describe('choosing CSV from the Accept header', () => {
  it('answers CSV only when text/csv is named and weighs more than JSON (a tie keeps JSON)', () => {
    const cases: [string | undefined, boolean][] = [
      [undefined, false],
      ['', false],
      ['*/*', false],
      ['text/*', false],
      ['application/json', false],
      ['text/csv', true],
      ['TEXT/CSV; charset=utf-8', true],
      ['text/csv, application/problem+json', true],
      ['text/csv, application/json', false],
      ['application/json, text/csv', false],
      ['application/json;q=0.9, text/csv', true],
      ['application/json, text/csv;q=0.9', false],
      ['application/*, text/csv;q=0.5', false],
      ['*/*;q=0.1, text/csv', true],
      ['text/csv;q=0', false],
      ['text/csv;q=nonsense', false],
    ];
    for (const [accept, expected] of cases) expect(prefersCsv(accept), String(accept)).toBe(expected);
  });
});
