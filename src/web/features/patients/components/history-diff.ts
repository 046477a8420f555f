import {
  type AlertFlag,
  type Allergy,
  alertFlagLabels,
  alertKey,
  type Condition,
  entryKey,
  type MedicalAlert,
  type MedicalHistoryContent,
  type Medication,
} from '../../../../shared/medical-history.ts';

/** The fields an entry is compared by; the view names them in the user's language. */
export type DiffField =
  | 'substance'
  | 'reaction'
  | 'severity'
  | 'name'
  | 'dose'
  | 'frequency'
  | 'notes'
  | 'since'
  | 'flag'
  | 'note';

/** Values as recorded: `severity` and `flag` hold their codes (e.g. `severe`, `latex_allergy`). */
export type FieldChange = { field: DiffField; before: string | null; after: string | null };

export type EntryDiff = {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  label: string;
  /** Every field of the entry, with its value before and after (null when absent). */
  fields: FieldChange[];
};

export type SectionName = 'allergies' | 'medications' | 'conditions' | 'alerts';

export type SectionDiff = { section: SectionName; entries: EntryDiff[] };

export type NotesDiff = {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  before: string | null;
  after: string | null;
};

export type HistoryDiff = { sections: SectionDiff[]; notes: NotesDiff; changed: boolean };

type Section<T> = {
  key: (entry: T) => string;
  label: (entry: T) => string;
  fields: (entry: T) => [DiffField, string | null][];
};

type Sections = {
  allergies: Section<Allergy>;
  medications: Section<Medication>;
  conditions: Section<Condition>;
  alerts: Section<MedicalAlert>;
};

/** How an alert flag is named in entry labels; English (the shared labels) unless told otherwise. */
export type FlagName = (flag: AlertFlag) => string;

const englishFlagName: FlagName = (flag) => alertFlagLabels[flag];

function sectionsNaming(flagName: FlagName): Sections {
  return {
    allergies: {
      key: (allergy) => entryKey(allergy.substance),
      label: (allergy) => allergy.substance,
      fields: (allergy) => [
        ['substance', allergy.substance],
        ['reaction', allergy.reaction],
        ['severity', allergy.severity],
      ],
    },
    medications: {
      key: (medication) => entryKey(medication.name),
      label: (medication) => medication.name,
      fields: (medication) => [
        ['name', medication.name],
        ['dose', medication.dose],
        ['frequency', medication.frequency],
        ['notes', medication.notes],
      ],
    },
    conditions: {
      key: (condition) => entryKey(condition.name),
      label: (condition) => condition.name,
      fields: (condition) => [
        ['name', condition.name],
        ['since', condition.since],
        ['notes', condition.notes],
      ],
    },
    alerts: {
      key: alertKey,
      label: (alert) => (alert.flag === 'other' && alert.note ? alert.note : flagName(alert.flag)),
      fields: (alert) => [
        ['flag', alert.flag],
        ['note', alert.note],
      ],
    },
  };
}

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

/**
 * Entry by entry, field by field: what `next` changed from `previous`, for the diff view.
 * `flagName` names alert flags in entry labels (the view passes the user's language).
 */
export function diffHistories(
  previous: MedicalHistoryContent,
  next: MedicalHistoryContent,
  flagName: FlagName = englishFlagName,
): HistoryDiff {
  const sections = sectionsNaming(flagName);
  const sectionDiffs: SectionDiff[] = [
    { section: 'allergies', entries: diffSection(sections.allergies, previous.allergies, next.allergies) },
    {
      section: 'medications',
      entries: diffSection(sections.medications, previous.medications, next.medications),
    },
    {
      section: 'conditions',
      entries: diffSection(sections.conditions, previous.conditions, next.conditions),
    },
    { section: 'alerts', entries: diffSection(sections.alerts, previous.alerts, next.alerts) },
  ];
  const notes = diffNotes(previous.notes, next.notes);
  const changed =
    notes.status !== 'unchanged' ||
    sectionDiffs.some((section) => section.entries.some((entry) => entry.status !== 'unchanged'));
  return { sections: sectionDiffs, notes, changed };
}
