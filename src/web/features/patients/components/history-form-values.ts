import {
  type AlertFlag,
  type AllergySeverity,
  type MedicalHistoryContent,
  MedicalHistoryInput,
} from '../../../../shared/medical-history.ts';
import { type FieldErrors, formParse, zodFieldErrors } from '../../../forms/field-errors.ts';

// Rows carry a key of their own so that removing one in the middle does not hand its
// neighbour's input state (focus, cursor) to another row.
let lastRowKey = 0;
export function newRowKey(): string {
  lastRowKey += 1;
  return `row-${lastRowKey}`;
}

export type AllergyRow = { key: string; substance: string; reaction: string; severity: AllergySeverity };
export type MedicationRow = { key: string; name: string; dose: string; frequency: string; notes: string };
export type ConditionRow = { key: string; name: string; since: string; notes: string };
export type AlertRow = { key: string; flag: AlertFlag; note: string };

export type HistoryFormValues = {
  allergies: AllergyRow[];
  medications: MedicationRow[];
  conditions: ConditionRow[];
  alerts: AlertRow[];
  notes: string;
};
export type HistoryList = Exclude<keyof HistoryFormValues, 'notes'>;

export const emptyRows = {
  allergies: (): AllergyRow => ({ key: newRowKey(), substance: '', reaction: '', severity: 'moderate' }),
  medications: (): MedicationRow => ({ key: newRowKey(), name: '', dose: '', frequency: '', notes: '' }),
  conditions: (): ConditionRow => ({ key: newRowKey(), name: '', since: '', notes: '' }),
  alerts: (): AlertRow => ({ key: newRowKey(), flag: 'other', note: '' }),
};

export function toHistoryFormValues(history: MedicalHistoryContent): HistoryFormValues {
  return {
    allergies: history.allergies.map((allergy) => ({
      key: newRowKey(),
      substance: allergy.substance,
      reaction: allergy.reaction ?? '',
      severity: allergy.severity,
    })),
    medications: history.medications.map((medication) => ({
      key: newRowKey(),
      name: medication.name,
      dose: medication.dose ?? '',
      frequency: medication.frequency ?? '',
      notes: medication.notes ?? '',
    })),
    conditions: history.conditions.map((condition) => ({
      key: newRowKey(),
      name: condition.name,
      since: condition.since ?? '',
      notes: condition.notes ?? '',
    })),
    alerts: history.alerts.map((alert) => ({ key: newRowKey(), flag: alert.flag, note: alert.note ?? '' })),
    notes: history.notes ?? '',
  };
}

function withoutKey<T extends { key: string }>({ key: _key, ...rest }: T): Omit<T, 'key'> {
  return rest;
}

export type HistoryValidation =
  | { ok: true; history: MedicalHistoryContent }
  | { ok: false; errors: FieldErrors };

/**
 * The PUT body, checked with the shared schema. Errors are keyed like `allergies.0.substance`,
 * the same paths the server uses, so both land under the right row's field.
 */
export function validateHistory(values: HistoryFormValues): HistoryValidation {
  const parsed = MedicalHistoryInput.safeParse(
    {
      allergies: values.allergies.map(withoutKey),
      medications: values.medications.map(withoutKey),
      conditions: values.conditions.map(withoutKey),
      alerts: values.alerts.map(withoutKey),
      notes: values.notes,
    },
    formParse,
  );
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error.issues) };
  return { ok: true, history: parsed.data };
}
