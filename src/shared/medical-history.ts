import { z } from 'zod';

export const AllergySeverity = z.enum(['mild', 'moderate', 'severe']);
export type AllergySeverity = z.infer<typeof AllergySeverity>;

export const alertFlags = [
  'anticoagulants',
  'latex_allergy',
  'premedication_required',
  'pregnancy',
  'bisphosphonates',
  'pacemaker',
  'diabetes',
  'bleeding_disorder',
  'other',
] as const;
export const AlertFlag = z.enum(alertFlags);
export type AlertFlag = z.infer<typeof AlertFlag>;

/** How a flag reads on a badge. `other` is shown by its note instead (see alertLabel). */
export const alertFlagLabels: Record<AlertFlag, string> = {
  anticoagulants: 'Anticoagulants',
  latex_allergy: 'Latex allergy',
  premedication_required: 'Premedication required',
  pregnancy: 'Pregnancy',
  bisphosphonates: 'Bisphosphonates',
  pacemaker: 'Pacemaker',
  diabetes: 'Diabetes',
  bleeding_disorder: 'Bleeding disorder',
  other: 'Other',
};

export const medicalHistoryLimits = {
  entries: 100,
  alerts: 20,
  name: 200,
  shortText: 100,
  text: 1000,
  notes: 10_000,
} as const;

// ---------------------------------------------------------------------------------------------
// What is stored and answered. No transforms here: response schemas are also used to encode.

export const Allergy = z.object({
  substance: z.string(),
  reaction: z.string().nullable(),
  severity: AllergySeverity,
});
export type Allergy = z.infer<typeof Allergy>;

export const Medication = z.object({
  name: z.string(),
  dose: z.string().nullable(),
  frequency: z.string().nullable(),
  notes: z.string().nullable(),
});
export type Medication = z.infer<typeof Medication>;

export const Condition = z.object({
  name: z.string(),
  since: z.string().nullable().describe('YYYY-MM or YYYY-MM-DD'),
  notes: z.string().nullable(),
});
export type Condition = z.infer<typeof Condition>;

export const MedicalAlert = z.object({ flag: AlertFlag, note: z.string().nullable() });
export type MedicalAlert = z.infer<typeof MedicalAlert>;

export const MedicalHistoryContent = z.object({
  allergies: z.array(Allergy),
  medications: z.array(Medication),
  conditions: z.array(Condition),
  alerts: z.array(MedicalAlert),
  notes: z.string().nullable(),
});
export type MedicalHistoryContent = z.infer<typeof MedicalHistoryContent>;

export const emptyMedicalHistoryContent: MedicalHistoryContent = {
  allergies: [],
  medications: [],
  conditions: [],
  alerts: [],
  notes: null,
};

export const MedicalHistoryAuthor = z.object({
  id: z.uuid(),
  name: z.string(),
  // Text, not the Role enum: the role held when the version was written, kept readable
  // forever even if roles are renamed later.
  role: z.string(),
});
export type MedicalHistoryAuthor = z.infer<typeof MedicalHistoryAuthor>;

export const MedicalHistory = MedicalHistoryContent.extend({
  version: z.int().min(0).describe('0 while nothing has been recorded yet; echo it in If-Match'),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedBy: MedicalHistoryAuthor.nullable(),
});
export type MedicalHistory = z.infer<typeof MedicalHistory>;

export const MedicalHistoryVersionSummary = z.object({
  version: z.int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: MedicalHistoryAuthor,
  changes: z
    .array(z.string())
    .describe('What this version changed from the one before; empty when it was confirmed unchanged'),
});
export type MedicalHistoryVersionSummary = z.infer<typeof MedicalHistoryVersionSummary>;

export const MedicalHistoryVersionList = z.object({
  items: z.array(MedicalHistoryVersionSummary),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next, older page; null on the last'),
});
export type MedicalHistoryVersionList = z.infer<typeof MedicalHistoryVersionList>;

// ---------------------------------------------------------------------------------------------
// What a client sends: the whole history every time (PUT replaces, creating a new version).

/** Entries are matched by name regardless of case and spacing, for uniqueness and for diffs. */
export function entryKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The badge text of an alert: the flag's label, or for `other` what the clinician wrote. */
export function alertLabel(alert: MedicalAlert): string {
  return alert.flag === 'other' && alert.note ? alert.note : alertFlagLabels[alert.flag];
}

/** `other` may occur several times (each with its own note); every other flag once. */
export function alertKey(alert: MedicalAlert): string {
  return alert.flag === 'other' ? `other:${entryKey(alert.note ?? '')}` : alert.flag;
}

const requiredText = (max: number) => z.string().trim().min(1, 'Required').max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => value || null);

const partialDatePattern = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** `YYYY-MM` or `YYYY-MM-DD` naming a real month or day: patients rarely know the exact date. */
export function isPartialDate(value: string): boolean {
  const match = partialDatePattern.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day === undefined ? 1 : Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && (day === undefined || date.getUTCDate() === Number(day));
}

// A refinement rather than a union with '', so that a malformed date is a 422 on its own
// path instead of an opaque union failure.
const PartialDateInput = z
  .string()
  .trim()
  .refine((value) => value === '' || isPartialDate(value), 'Use YYYY-MM or YYYY-MM-DD')
  .nullable()
  .optional()
  .transform((value) => value || null)
  .describe('YYYY-MM or YYYY-MM-DD');

const AllergyInput = z.strictObject({
  substance: requiredText(medicalHistoryLimits.name),
  reaction: optionalText(medicalHistoryLimits.text),
  severity: AllergySeverity,
});

const MedicationInput = z.strictObject({
  name: requiredText(medicalHistoryLimits.name),
  dose: optionalText(medicalHistoryLimits.shortText),
  frequency: optionalText(medicalHistoryLimits.shortText),
  notes: optionalText(medicalHistoryLimits.text),
});

const ConditionInput = z.strictObject({
  name: requiredText(medicalHistoryLimits.name),
  since: PartialDateInput,
  notes: optionalText(medicalHistoryLimits.text),
});

const MedicalAlertInput = z
  .strictObject({ flag: AlertFlag, note: optionalText(medicalHistoryLimits.text) })
  .superRefine((alert, ctx) => {
    if (alert.flag === 'other' && !alert.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Describe the alert' });
    }
  });

/** Refuses an entry listed twice, pointing at the repeat, so that diffs can match entries by key. */
function listedOnce<T>(keyOf: (entry: T) => string, field: (entry: T) => string) {
  return (entries: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = keyOf(entry);
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index, field(entry)], message: 'Listed twice' });
      seen.add(key);
    });
  };
}

export const MedicalHistoryInput = z.strictObject({
  allergies: z
    .array(AllergyInput)
    .max(medicalHistoryLimits.entries)
    .superRefine(
      listedOnce(
        (allergy) => entryKey(allergy.substance),
        () => 'substance',
      ),
    ),
  medications: z
    .array(MedicationInput)
    .max(medicalHistoryLimits.entries)
    .superRefine(
      listedOnce(
        (medication) => entryKey(medication.name),
        () => 'name',
      ),
    ),
  conditions: z
    .array(ConditionInput)
    .max(medicalHistoryLimits.entries)
    .superRefine(
      listedOnce(
        (condition) => entryKey(condition.name),
        () => 'name',
      ),
    ),
  alerts: z
    .array(MedicalAlertInput)
    .max(medicalHistoryLimits.alerts)
    .superRefine(listedOnce(alertKey, (alert) => (alert.flag === 'other' ? 'note' : 'flag'))),
  notes: z
    .string()
    .trim()
    .max(medicalHistoryLimits.notes)
    .nullable()
    .transform((value) => value || null),
});
/** The body as sent (optional fields may be omitted or empty). */
export type MedicalHistoryInput = z.input<typeof MedicalHistoryInput>;

// The cursor of the versions list is the last version of a page, base64url-encoded so that
// clients treat it as opaque; btoa/atob exist in browsers and in Node alike.
const cursorPattern = /^[A-Za-z0-9_-]{1,16}$/;

export function encodeVersionCursor(version: number): string {
  return btoa(String(version)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The version a cursor stands for, or undefined when it is not one this API handed out. */
export function decodeVersionCursor(cursor: string): number | undefined {
  if (!cursorPattern.test(cursor)) return undefined;
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  if (!/^[1-9][0-9]{0,9}$/.test(text)) return undefined;
  const version = Number(text);
  return version <= 2_147_483_647 ? version : undefined;
}

export const MedicalHistoryVersionsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .refine((cursor) => decodeVersionCursor(cursor) !== undefined, 'Not a cursor this API returned')
    .optional()
    .describe('The `nextCursor` of the previous page'),
});
export type MedicalHistoryVersionsQuery = z.infer<typeof MedicalHistoryVersionsQuery>;
