import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { type FieldErrors, problemFieldErrors } from '../../../forms/field-errors.ts';

/** The form-level message and field messages for a failed sign-up, chosen by problem code. */
export function registerErrorFrom(
  error: unknown,
  t: TFunction<'auth'>,
): { message: string; fields: FieldErrors } {
  if (!(error instanceof ApiError)) return { message: apiErrorMessage(error), fields: {} };
  switch (error.code) {
    case 'conflict':
      return { message: t('register.emailTaken'), fields: { email: t('register.alreadyRegistered') } };
    case 'possible_duplicate':
      return { message: t('register.onFile'), fields: {} };
    case 'weak_password':
      // The server's field message is its (English) advice on how to strengthen this password.
      return {
        message: t('register.weakPassword'),
        fields: {
          password: t('register.tooEasyToGuess'),
          ...problemFieldErrors(error, { general: () => t('register.tooEasyToGuess') }),
        },
      };
    default:
      return { message: apiErrorMessage(error), fields: problemFieldErrors(error) };
  }
}
