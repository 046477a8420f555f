import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { type FieldErrors, toFieldErrors } from '../../../forms/field-errors.ts';

/** The form-level message and field messages for a failed sign-up, chosen by problem code. */
export function registerErrorFrom(error: unknown): { message: string; fields: FieldErrors } {
  if (!(error instanceof ApiError)) return { message: apiErrorMessage(error), fields: {} };
  switch (error.code) {
    case 'conflict':
      return {
        message:
          'An account with this email already exists. Log in, or reset your password if you forgot it.',
        fields: { email: 'Already registered' },
      };
    case 'weak_password':
      // The server's field message is its advice on how to strengthen this password.
      return {
        message: 'This password is too easy to guess.',
        fields: { password: 'Too easy to guess', ...toFieldErrors(error.errors) },
      };
    default:
      return { message: apiErrorMessage(error), fields: toFieldErrors(error.errors) };
  }
}
