import {
  type Allergy,
  alertKey,
  alertLabel,
  type Condition,
  entryKey,
  type MedicalAlert,
  type MedicalHistoryContent,
  type Medication,
} from '../../../shared/medical-history.ts';

type Section<T> = {
  noun: string;
  key: (entry: T) => string;
  label: (entry: T) => string;
};

const allergySection: Section<Allergy> = {
  noun: 'allergy',
  key: (allergy) => entryKey(allergy.substance),
  label: (allergy) => allergy.substance,
};
const medicationSection: Section<Medication> = {
  noun: 'medication',
  key: (medication) => entryKey(medication.name),
  label: (medication) => medication.name,
};
const conditionSection: Section<Condition> = {
  noun: 'condition',
  key: (condition) => entryKey(condition.name),
  label: (condition) => condition.name,
};
const alertSection: Section<MedicalAlert> = { noun: 'alert', key: alertKey, label: alertLabel };

// Entries are plain JSON objects with a fixed key order (they come from one schema), so their
// serializations are equal exactly when their contents are.
function sameEntry<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describeSection<T>(section: Section<T>, previous: readonly T[], next: readonly T[]): string[] {
  const previousByKey = new Map(previous.map((entry) => [section.key(entry), entry]));
  const nextKeys = new Set(next.map(section.key));
  const changes: string[] = [];
  for (const entry of next) {
    const before = previousByKey.get(section.key(entry));
    if (before === undefined) changes.push(`Added ${section.noun}: ${section.label(entry)}`);
    else if (!sameEntry(before, entry)) changes.push(`Changed ${section.noun}: ${section.label(entry)}`);
  }
  for (const entry of previous) {
    if (!nextKeys.has(section.key(entry))) changes.push(`Removed ${section.noun}: ${section.label(entry)}`);
  }
  return changes;
}

function describeNotes(previous: string | null, next: string | null): string[] {
  if (previous === next) return [];
  if (previous === null) return ['Added notes'];
  if (next === null) return ['Removed notes'];
  return ['Changed notes'];
}

/**
 * One line per difference between two versions, for the versions list ("Added allergy:
 * Penicillin"). Entries are matched by name (case-insensitive) so that editing an entry reads
 * as a change, not as a removal and an addition. Empty when a version confirmed the history
 * unchanged. The web app shows the detailed diff from both versions' data.
 */
export function describeChanges(previous: MedicalHistoryContent, next: MedicalHistoryContent): string[] {
  return [
    ...describeSection(allergySection, previous.allergies, next.allergies),
    ...describeSection(medicationSection, previous.medications, next.medications),
    ...describeSection(conditionSection, previous.conditions, next.conditions),
    ...describeSection(alertSection, previous.alerts, next.alerts),
    ...describeNotes(previous.notes, next.notes),
  ];
}
