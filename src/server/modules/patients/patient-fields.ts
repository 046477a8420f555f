import type { CreatePatientInput, UpdatePatientInput } from '../../../shared/patients.ts';
import type { patients } from '../../db/schema.ts';
import { nullablePhone, toE164 } from './phone-numbers.ts';

type PatientValues = Partial<typeof patients.$inferInsert>;

/** The column values for the fields present in an input, phones normalised to E.164. */
export function patientColumnValues(
  input: UpdatePatientInput | CreatePatientInput,
  country: string,
): PatientValues {
  const values: PatientValues = {};
  const copy = <K extends keyof PatientValues & keyof UpdatePatientInput>(key: K) => {
    const value = (input as UpdatePatientInput)[key];
    if (value !== undefined) values[key] = value as PatientValues[K];
  };
  for (const key of [
    'firstName',
    'lastName',
    'preferredName',
    'dateOfBirth',
    'sex',
    'email',
    'address',
    'preferredContact',
    'notes',
    'insurance',
    'guardianPatientId',
    'guardianContact',
  ] as const) {
    copy(key);
  }
  const phone = nullablePhone(input.phone, country, 'phone');
  if (phone !== undefined) values.phone = phone;
  const secondaryPhone = nullablePhone(input.secondaryPhone, country, 'secondaryPhone');
  if (secondaryPhone !== undefined) values.secondaryPhone = secondaryPhone;
  if (input.emergencyContact !== undefined) {
    values.emergencyContact =
      input.emergencyContact === null
        ? null
        : {
            ...input.emergencyContact,
            phone: toE164(input.emergencyContact.phone, country, 'emergencyContact.phone'),
          };
  }
  if (input.email) values.email = input.email.toLowerCase();
  return values;
}
