import { describe, expect, it } from 'vitest';
import { formatDateWindow, formatVisit } from './waitlist-dates.ts';

describe('waitlist dates', () => {
  it('shows a window of calendar dates without shifting them by any offset', () => {
    expect(formatDateWindow('2026-03-18', '2026-03-27', 'en')).toMatch(/^Mar 18\s*–\s*27, 2026$/);
    expect(formatDateWindow('2026-03-18', '2026-03-18', 'en')).toBe('Mar 18, 2026');
    expect(formatDateWindow('2026-12-30', '2027-01-02', 'pt-BR')).toMatch(
      /30 de dez\. de 2026\s*–\s*2 de jan\. de 2027/,
    );
  });

  it('shows an offered visit in the clinic’s zone', () => {
    const format = { locale: 'en', timeZone: 'America/Sao_Paulo', currency: 'BRL' };
    // 13:00Z is 10:00 in São Paulo (UTC−3).
    expect(formatVisit('2026-03-18T13:00:00Z', '2026-03-18T13:30:00Z', format)).toMatch(
      /^Wednesday, March 18, 2026, 10:00\s*–\s*10:30\sAM$/,
    );
  });
});
