import {
  type AlertFlag,
  type Allergy,
  alertFlagLabels,
  alertKey,
  alertLabel,
  type Condition,
  entryKey,
  type MedicalAlert,
  type MedicalHistoryContent,
  type Medication,
} from '../../../../shared/medical-history.ts';

export type FieldChange = { field: string; before: string | null; after: string | null };

export type EntryDiff = {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  label: string;
  /** Every field of the entry, with its value before and after (null when absent). */
  fields: FieldChange[];
};

export type SectionName = 'allergies' | 'medications' | 'conditions' | 'alerts';

export type SectionDiff = { section: SectionName; title: string; entries: EntryDiff[] };

export type NotesDiff = {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  before: string | null;
  after: string | null;
};

export type HistoryDiff = { sections: SectionDiff[]; notes: NotesDiff; changed: boolean };

type Section<T> = {
  title: string;
  key: (entry: T) => string;
  label: (entry: T) => string;
  fields: (entry: T) => [string, string | null][];
};

const flagText = (flag: AlertFlag) => alertFlagLabels[flag];

const sections: {
  allergies: Section<Allergy>;
  medications: Section<Medication>;
  conditions: Section<Condition>;
  alerts: Section<MedicalAlert>;
} = {
  allergies: {
    title: 'Allergies',
    key: (allergy) => entryKey(allergy.substance),
    label: (allergy) => allergy.substance,
    fields: (allergy) => [
      ['Substance', allergy.substance],
      ['Reaction', allergy.reaction],
      ['Severity', allergy.severity],
    ],
  },
  medications: {
    title: 'Medications',
    key: (medication) => entryKey(medication.name),
    label: (medication) => medication.name,
    fields: (medication) => [
      ['Name', medication.name],
      ['Dose', medication.dose],
      ['Frequency', medication.frequency],
      ['Notes', medication.notes],
    ],
  },
  conditions: {
    title: 'Conditions',
    key: (condition) => entryKey(condition.name),
    label: (condition) => condition.name,
    fields: (condition) => [
      ['Name', condition.name],
      ['Since', condition.since],
      ['Notes', condition.notes],
    ],
  },
  alerts: {
    title: 'Alert flags',
    key: alertKey,
    label: alertLabel,
    fields: (alert) => [
      ['Flag', flagText(alert.flag)],
      ['Note', alert.note],
    ],
  },
};

function diffEntry<T>(section: Section<T>, before: T | undefined, after: T | undefined): EntryDiff {
  const beforeFields = before === undefined ? [] : section.fields(before);
  const afterFields = after === undefined ? [] : section.fields(after);
  const names = (afterFields.length > 0 ? afterFields : beforeFields).map(([name]) => name);
  const fields = names.map((field, index) => ({
    field,
    before: beforeFields[index]?.[1] ?? null,
    after: afterFields[index]?.[1] ?? null,
  }));
  const entry = after ?? before;
  const label = entry === undefined ? '' : section.label(entry);
  if (before === undefined) return { status: 'added', label, fields };
  if (after === undefined) return { status: 'removed', label, fields };
  const same = fields.every((change) => change.before === change.after);
  return { status: same ? 'unchanged' : 'changed', label, fields };
}

// Entries are matched by key (name regardless of case and spacing), as the server does, so an
// edited entry reads as changed rather than removed and added.
function diffSection<T>(section: Section<T>, previous: readonly T[], next: readonly T[]): EntryDiff[] {
  const previousByKey = new Map(previous.map((entry) => [section.key(entry), entry]));
  const nextKeys = new Set(next.map(section.key));
  return [
    ...next.map((entry) => diffEntry(section, previousByKey.get(section.key(entry)), entry)),
    ...previous
      .filter((entry) => !nextKeys.has(section.key(entry)))
      .map((entry) => diffEntry(section, entry, undefined)),
  ];
}

function diffNotes(before: string | null, after: string | null): NotesDiff {
  if (before === after) return { status: 'unchanged', before, after };
  if (before === null) return { status: 'added', before, after };
  if (after === null) return { status: 'removed', before, after };
  return { status: 'changed', before, after };
}

/** Entry by entry, field by field: what `next` changed from `previous`, for the diff view. */
export function diffHistories(previous: MedicalHistoryContent, next: MedicalHistoryContent): HistoryDiff {
  const sectionDiffs: SectionDiff[] = [
    { section: 'allergies', ...titled(sections.allergies, previous.allergies, next.allergies) },
    { section: 'medications', ...titled(sections.medications, previous.medications, next.medications) },
    { section: 'conditions', ...titled(sections.conditions, previous.conditions, next.conditions) },
    { section: 'alerts', ...titled(sections.alerts, previous.alerts, next.alerts) },
  ];
  const notes = diffNotes(previous.notes, next.notes);
  const changed =
    notes.status !== 'unchanged' ||
    sectionDiffs.some((section) => section.entries.some((entry) => entry.status !== 'unchanged'));
  return { sections: sectionDiffs, notes, changed };
}

function titled<T>(section: Section<T>, previous: readonly T[], next: readonly T[]) {
  return { title: section.title, entries: diffSection(section, previous, next) };
}
