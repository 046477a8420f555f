import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMoney, formatTime, formatTimeRange } from './format.ts';

const newYorkEn = { locale: 'en-US', timeZone: 'America/New_York', currency: 'USD' };
const saoPauloPt = { locale: 'pt-BR', timeZone: 'America/Sao_Paulo', currency: 'BRL' };

describe('formatting for the user’s language and the clinic’s zone', () => {
  it('shows instants in the clinic’s zone, not the browser’s', () => {
    expect(formatTime('2026-03-18T14:00:00Z', newYorkEn)).toBe('10:00 AM');
    expect(formatTime('2026-03-18T14:00:00Z', saoPauloPt)).toBe('11:00');
  });

  it('formats ranges and long dates in the user’s language', () => {
    expect(formatTimeRange('2026-03-18T14:00:00Z', '2026-03-18T14:45:00Z', newYorkEn)).toMatch(
      /^10:00\s?–\s?10:45\sAM$/,
    );
    expect(formatLongDate('2026-03-18T14:00:00Z', saoPauloPt)).toBe('quarta-feira, 18 de março de 2026');
  });

  it('formats minor units as money in the clinic’s currency', () => {
    expect(formatMoney(12_000, newYorkEn)).toBe('$120.00');
    expect(formatMoney(12_050, saoPauloPt)).toMatch(/^R\$\s120,50$/);
    expect(formatMoney(500, { ...newYorkEn, currency: 'JPY' })).toBe('¥500');
  });
});
