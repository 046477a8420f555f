import type { RegisterInput } from '../../../../shared/auth.ts';

export type RegisterFormValues = Record<keyof RegisterInput, string>;

export const emptyRegisterForm: RegisterFormValues = {
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  email: '',
  phone: '',
  password: '',
};

/**
 * Input order; the labels (their message keys) are the fields' accessible names. Every field
 * but the phone is required, so the optional one is marked instead of adding asterisks to the
 * rest (which would also become part of each label's text).
 */
export const registerFields: {
  key: keyof RegisterFormValues;
  type: 'text' | 'email' | 'tel' | 'date' | 'password';
  autoComplete: string;
  description?: 'optional' | 'passwordHint';
}[] = [
  { key: 'firstName', type: 'text', autoComplete: 'given-name' },
  { key: 'lastName', type: 'text', autoComplete: 'family-name' },
  { key: 'dateOfBirth', type: 'date', autoComplete: 'bday' },
  { key: 'email', type: 'email', autoComplete: 'email' },
  { key: 'phone', type: 'tel', autoComplete: 'tel', description: 'optional' },
  { key: 'password', type: 'password', autoComplete: 'new-password', description: 'passwordHint' },
];

/** The unvalidated body for `RegisterInput.safeParse`: a blank phone is left out. */
export function toRegisterCandidate(values: RegisterFormValues): Record<string, unknown> {
  const { phone, ...rest } = values;
  return phone.trim() === '' ? rest : values;
}
