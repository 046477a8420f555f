import { describe, expect, it } from 'vitest';
import { patientInitials } from './patient-initials.ts';

describe('patient initials', () => {
  it.each([
    ['Maria', 'Silva', 'M.S.'],
    ['maria', 'da Silva', 'M.D.'],
    ['João', "d'Ávila", 'J.D.'],
    ['  Émile', '(unknown) Zola', 'É.U.'],
    // "E" followed by a combining acute accent stays one letter.
    ['E\u0301lodie', 'Ng', 'É.N.'],
    ['Ana', '', 'A.'],
    ['', '', ''],
    ['Łukasz', 'Żak', 'Ł.Ż.'],
  ])('%s %s → %s', (first, last, expected) => {
    expect(patientInitials(first, last).normalize('NFC')).toBe(expected);
  });

  it('never gives more than one letter of either name', () => {
    expect(patientInitials('Bartholomew', 'Montgomery-Smythe')).toHaveLength(4);
  });
});
