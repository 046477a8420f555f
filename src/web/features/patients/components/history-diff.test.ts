import { describe, expect, it } from 'vitest';
import {
  emptyMedicalHistoryContent,
  type MedicalHistoryContent,
} from '../../../../shared/medical-history.ts';
import { diffHistories } from './history-diff.ts';

const before: MedicalHistoryContent = {
  allergies: [
    { substance: 'Latex', reaction: null, severity: 'moderate' },
    { substance: 'Iodine', reaction: 'rash', severity: 'mild' },
  ],
  medications: [{ name: 'Warfarin', dose: '5 mg', frequency: 'daily', notes: null }],
  conditions: [],
  alerts: [{ flag: 'anticoagulants', note: null }],
  notes: 'Nervous patient',
};

describe('diffHistories', () => {
  const after: MedicalHistoryContent = {
    ...before,
    allergies: [
      { substance: 'latex ', reaction: 'hives', severity: 'severe' },
      { substance: 'Penicillin', reaction: null, severity: 'severe' },
    ],
    notes: null,
  };
  const diff = diffHistories(before, after);
  const allergies = diff.sections.find((section) => section.section === 'allergies');

  it('marks added, removed and changed entries, matching names regardless of case and spaces', () => {
    expect(allergies?.entries.map((entry) => [entry.status, entry.label])).toEqual([
      ['changed', 'latex '],
      ['added', 'Penicillin'],
      ['removed', 'Iodine'],
    ]);
  });

  it('lists each field with its value before and after', () => {
    const latex = allergies?.entries[0];
    expect(latex?.fields).toEqual([
      { field: 'substance', before: 'Latex', after: 'latex ' },
      { field: 'reaction', before: null, after: 'hives' },
      { field: 'severity', before: 'moderate', after: 'severe' },
    ]);
    expect(allergies?.entries[2]?.fields[0]).toEqual({ field: 'substance', before: 'Iodine', after: null });
  });

  it('keeps unchanged entries as such and reports notes', () => {
    const medications = diff.sections.find((section) => section.section === 'medications');
    expect(medications?.entries.map((entry) => entry.status)).toEqual(['unchanged']);
    expect(diff.notes).toEqual({ status: 'removed', before: 'Nervous patient', after: null });
    expect(diff.changed).toBe(true);
  });

  it('treats the first version as everything added', () => {
    const first = diffHistories(emptyMedicalHistoryContent, before);
    expect(first.sections.flatMap((section) => section.entries.map((entry) => entry.status))).toEqual([
      'added',
      'added',
      'added',
      'added',
    ]);
    expect(first.notes.status).toBe('added');
  });

  it('finds nothing when a version confirmed the history unchanged', () => {
    expect(diffHistories(before, structuredClone(before)).changed).toBe(false);
  });

  it('names alert flags by their label and "other" alerts by their note', () => {
    const flags = diffHistories(emptyMedicalHistoryContent, {
      ...emptyMedicalHistoryContent,
      alerts: [
        { flag: 'latex_allergy', note: null },
        { flag: 'other', note: 'Needle phobia' },
      ],
    });
    expect(flags.sections[3]?.entries.map((entry) => entry.label)).toEqual([
      'Latex allergy',
      'Needle phobia',
    ]);
  });

  it('names flags in the language it is given, and keeps codes in the field values', () => {
    const flags = diffHistories(
      emptyMedicalHistoryContent,
      { ...emptyMedicalHistoryContent, alerts: [{ flag: 'latex_allergy', note: null }] },
      (flag) => (flag === 'latex_allergy' ? 'Alergia a látex' : flag),
    );
    const entry = flags.sections[3]?.entries[0];
    expect(entry?.label).toBe('Alergia a látex');
    expect(entry?.fields[0]).toEqual({ field: 'flag', before: null, after: 'latex_allergy' });
  });
});
