import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { type FieldErrors, toFieldErrors } from '../../../forms/field-errors.ts';

export function createUserErrorFrom(error: unknown): { message: string; fields: FieldErrors } {
  if (!(error instanceof ApiError)) return { message: apiErrorMessage(error), fields: {} };
  if (error.code === 'conflict') {
    return { message: 'An account with this email already exists.', fields: { email: 'Already in use' } };
  }
  if (error.code === 'weak_password') {
    return {
      message: 'This password is too easy to guess.',
      fields: { password: 'Too easy to guess', ...toFieldErrors(error.errors) },
    };
  }
  return { message: apiErrorMessage(error), fields: toFieldErrors(error.errors) };
}
