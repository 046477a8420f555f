import { CreatePatientInput } from '../../../shared/patients.ts';
import type { patients } from '../../db/schema.ts';
import { ProblemError } from '../../lib/problem.ts';
import { patientColumnValues } from '../patients/patient-fields.ts';
import { dayFirst, interpretSearch } from '../patients/search-query.ts';
import type { ImportField } from './column-mapping.ts';

export type PatientInsert = typeof patients.$inferInsert;

export type ClinicConventions = {
  /** Decides whether 02/03/1985 is 2 March (pt-BR) or February 3 (en-US). */
  locale: string;
  /** Phones written without a country code belong to this one. */
  country: string;
  /** YYYY-MM-DD; a birth date after it is a typo. */
  today: string;
};

export type RowValidation = { ok: true; values: PatientInsert } | { ok: false; reasons: string[] };

const sexSpellings = new Map<string, string>([
  ['f', 'female'],
  ['female', 'female'],
  ['feminino', 'female'],
  ['w', 'female'],
  ['woman', 'female'],
  ['m', 'male'],
  ['male', 'male'],
  ['masculino', 'male'],
  ['man', 'male'],
  ['i', 'intersex'],
  ['intersex', 'intersex'],
  ['u', 'unknown'],
  ['unknown', 'unknown'],
  ['desconhecido', 'unknown'],
]);

const addressParts = [
  ['addressLine1', 'line1'],
  ['addressLine2', 'line2'],
  ['city', 'city'],
  ['region', 'region'],
  ['postalCode', 'postalCode'],
  ['country', 'country'],
] as const;

function dateOfBirthOf(
  text: string | undefined,
  clinic: ClinicConventions,
): { date: string } | { problem: string } {
  if (text === undefined) return { problem: 'Required' };
  const intent = interpretSearch(text, clinic.locale);
  if (intent.kind !== 'date') {
    return {
      problem: `Not a date; write it as YYYY-MM-DD or ${dayFirst(clinic.locale) ? 'DD/MM/YYYY' : 'MM/DD/YYYY'}`,
    };
  }
  if (intent.date > clinic.today) return { problem: 'In the future' };
  return { date: intent.date };
}

/** The API's own input shape, built from the non-empty cells of one row. */
function toCandidateInput(cells: Map<ImportField, string>, dateOfBirth: string): Record<string, unknown> {
  const candidate: Record<string, unknown> = {
    // Empty rather than absent, so that the schema answers "Required" instead of a type error.
    firstName: cells.get('firstName') ?? '',
    lastName: cells.get('lastName') ?? '',
    dateOfBirth,
  };
  for (const field of ['preferredName', 'email', 'phone', 'secondaryPhone', 'notes'] as const) {
    const value = cells.get(field);
    if (value !== undefined) candidate[field] = value;
  }
  const sex = cells.get('sex');
  if (sex !== undefined) candidate.sex = sexSpellings.get(sex.toLowerCase()) ?? sex;
  if (addressParts.some(([field]) => cells.has(field))) {
    const address: Record<string, string> = { line1: '', city: '' };
    for (const [field, part] of addressParts) {
      const value = cells.get(field);
      if (value !== undefined) address[part] = value;
    }
    candidate.address = address;
  }
  return candidate;
}

/**
 * Checks one row exactly as the API checks a new patient (the shared `CreatePatientInput`
 * schema, then phones to E.164 in the clinic's country) and answers either the column
 * values to insert or every reason it cannot be, as `field.path: message`.
 */
export function validatePatientRow(
  fields: readonly (ImportField | undefined)[],
  row: readonly string[],
  clinic: ClinicConventions,
): RowValidation {
  const cells = new Map<ImportField, string>();
  fields.forEach((field, index) => {
    const value = row[index]?.trim();
    if (field && value) cells.set(field, value);
  });
  const dateOfBirth = dateOfBirthOf(cells.get('dateOfBirth'), clinic);
  const reasons = 'problem' in dateOfBirth ? [`dateOfBirth: ${dateOfBirth.problem}`] : [];
  const parsed = CreatePatientInput.safeParse(
    toCandidateInput(cells, 'date' in dateOfBirth ? dateOfBirth.date : (cells.get('dateOfBirth') ?? '')),
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (path === 'dateOfBirth' && reasons.length > 0) continue;
      reasons.push(`${path}: ${issue.message}`);
    }
  }
  if (!parsed.success || reasons.length > 0) return { ok: false, reasons };
  const input = parsed.data;
  try {
    const values = patientColumnValues(input, clinic.country);
    return {
      ok: true,
      values: {
        ...values,
        firstName: input.firstName,
        lastName: input.lastName,
        dateOfBirth: input.dateOfBirth,
      },
    };
  } catch (error) {
    if (error instanceof ProblemError && error.errors) {
      return { ok: false, reasons: error.errors.map((problem) => `${problem.path}: ${problem.message}`) };
    }
    throw error;
  }
}
