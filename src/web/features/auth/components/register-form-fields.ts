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
 * Input order and labels; the labels are the fields' accessible names. Every field but the
 * phone is required, so the optional one is marked instead of adding asterisks to the rest
 * (which would also become part of each label's text).
 */
export const registerFields: {
  key: keyof RegisterFormValues;
  label: string;
  type: 'text' | 'email' | 'tel' | 'date' | 'password';
  autoComplete: string;
  description?: string;
}[] = [
  { key: 'firstName', label: 'First name', type: 'text', autoComplete: 'given-name' },
  { key: 'lastName', label: 'Last name', type: 'text', autoComplete: 'family-name' },
  { key: 'dateOfBirth', label: 'Date of birth', type: 'date', autoComplete: 'bday' },
  { key: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel', autoComplete: 'tel', description: 'Optional' },
  {
    key: 'password',
    label: 'Password',
    type: 'password',
    autoComplete: 'new-password',
    description: 'At least 10 characters. A few unrelated words are strong and easy to remember.',
  },
];

/** The unvalidated body for `RegisterInput.safeParse`: a blank phone is left out. */
export function toRegisterCandidate(values: RegisterFormValues): Record<string, unknown> {
  const { phone, ...rest } = values;
  return phone.trim() === '' ? rest : values;
}
