import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alertFlags,
  alertKey,
  emptyMedicalHistoryContent,
  entryKey,
  type MedicalHistoryContent,
} from '../../../shared/medical-history.ts';
import { describeChanges } from './describe-changes.ts';

const penicillin = { substance: 'Penicillin', reaction: 'Hives', severity: 'severe' } as const;
const warfarin = { name: 'Warfarin', dose: '5 mg', frequency: 'daily', notes: null };

function history(overrides: Partial<MedicalHistoryContent> = {}): MedicalHistoryContent {
  return { ...emptyMedicalHistoryContent, ...overrides };
}

describe('describeChanges', () => {
  it('lists what the first version records as additions', () => {
    expect(
      describeChanges(
        emptyMedicalHistoryContent,
        history({
          allergies: [penicillin],
          medications: [warfarin],
          conditions: [{ name: 'Hypertension', since: '2019-04', notes: null }],
          alerts: [
            { flag: 'anticoagulants', note: null },
            { flag: 'other', note: 'Faints during injections' },
          ],
          notes: 'Anxious patient',
        }),
      ),
    ).toEqual([
      'Added allergy: Penicillin',
      'Added medication: Warfarin',
      'Added condition: Hypertension',
      'Added alert: Anticoagulants',
      'Added alert: Faints during injections',
      'Added notes',
    ]);
  });

  it('tells removals, changes and additions apart, matching entries by name whatever the case', () => {
    const before = history({
      allergies: [penicillin, { substance: 'Latex', reaction: null, severity: 'mild' }],
      medications: [warfarin],
      notes: 'Anxious patient',
    });
    const after = history({
      allergies: [{ ...penicillin, substance: 'penicillin', severity: 'moderate' }],
      medications: [warfarin, { name: 'Metformin', dose: null, frequency: null, notes: null }],
      alerts: [{ flag: 'latex_allergy', note: null }],
      notes: 'Very anxious patient',
    });
    expect(describeChanges(before, after)).toEqual([
      'Changed allergy: penicillin',
      'Removed allergy: Latex',
      'Added medication: Metformin',
      'Added alert: Latex allergy',
      'Changed notes',
    ]);
  });

  it('says when notes are removed, and nothing when the history was confirmed unchanged', () => {
    const withNotes = history({ notes: 'Prefers mornings', medications: [warfarin] });
    expect(describeChanges(withNotes, history({ medications: [warfarin] }))).toEqual(['Removed notes']);
    expect(describeChanges(withNotes, structuredClone(withNotes))).toEqual([]);
  });

  it('names the flag of a changed alert note, and each "other" alert by its note', () => {
    expect(
      describeChanges(
        history({ alerts: [{ flag: 'premedication_required', note: null }] }),
        history({
          alerts: [
            { flag: 'premedication_required', note: 'Amoxicillin 2 g one hour before' },
            { flag: 'other', note: 'Claustrophobic' },
          ],
        }),
      ),
    ).toEqual(['Changed alert: Premedication required', 'Added alert: Claustrophobic']);
  });
});

const text = fc.string({ minLength: 1, maxLength: 12 });
const nullableText = fc.option(text, { nil: null });
const historyArbitrary: fc.Arbitrary<MedicalHistoryContent> = fc.record({
  allergies: fc.uniqueArray(
    fc.record({
      substance: text,
      reaction: nullableText,
      severity: fc.constantFrom('mild' as const, 'moderate' as const, 'severe' as const),
    }),
    { selector: (allergy) => entryKey(allergy.substance), maxLength: 5 },
  ),
  medications: fc.uniqueArray(
    fc.record({ name: text, dose: nullableText, frequency: nullableText, notes: nullableText }),
    { selector: (medication) => entryKey(medication.name), maxLength: 5 },
  ),
  conditions: fc.uniqueArray(fc.record({ name: text, since: fc.constant(null), notes: nullableText }), {
    selector: (condition) => entryKey(condition.name),
    maxLength: 5,
  }),
  alerts: fc.uniqueArray(fc.record({ flag: fc.constantFrom(...alertFlags), note: nullableText }), {
    selector: alertKey,
    maxLength: 5,
  }),
  notes: nullableText,
});

describe('describeChanges, for any two histories', () => {
  it('finds no change between a history and itself', () => {
    fc.assert(fc.property(historyArbitrary, (content) => describeChanges(content, content).length === 0));
  });

  it('describes the first version as one addition per entry', () => {
    fc.assert(
      fc.property(historyArbitrary, (content) => {
        const changes = describeChanges(emptyMedicalHistoryContent, content);
        const entries =
          content.allergies.length +
          content.medications.length +
          content.conditions.length +
          content.alerts.length +
          (content.notes === null ? 0 : 1);
        expect(changes).toHaveLength(entries);
        expect(changes.every((change) => change.startsWith('Added '))).toBe(true);
      }),
    );
  });

  it('reads backwards as the same changes with additions and removals swapped', () => {
    const swap = (change: string) =>
      change.replace(/^(Added|Removed)/, (verb) => (verb === 'Added' ? 'Removed' : 'Added'));
    const addedOrRemoved = (changes: string[]) =>
      changes.filter((change) => !change.startsWith('Changed ')).sort();
    const changed = (changes: string[]) => changes.filter((change) => change.startsWith('Changed ')).length;
    fc.assert(
      fc.property(historyArbitrary, historyArbitrary, (a, b) => {
        const forward = describeChanges(a, b);
        const backward = describeChanges(b, a);
        expect(addedOrRemoved(forward.map(swap))).toEqual(addedOrRemoved(backward));
        expect(changed(forward)).toBe(changed(backward));
      }),
    );
  });
});
