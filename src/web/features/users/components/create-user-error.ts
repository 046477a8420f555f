import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { type FieldErrors, problemFieldErrors } from '../../../forms/field-errors.ts';

export function createUserErrorFrom(
  error: unknown,
  t: TFunction<'users'>,
): { message: string; fields: FieldErrors } {
  if (!(error instanceof ApiError)) return { message: apiErrorMessage(error), fields: {} };
  if (error.code === 'conflict') {
    return { message: t('create.emailTaken'), fields: { email: t('create.alreadyInUse') } };
  }
  if (error.code === 'weak_password') {
    const general = () => t('create.tooEasyToGuess');
    return {
      message: t('create.weakPassword'),
      fields: { password: general(), ...problemFieldErrors(error, { general }) },
    };
  }
  return { message: apiErrorMessage(error), fields: problemFieldErrors(error) };
}
