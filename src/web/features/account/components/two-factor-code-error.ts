import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';

/** The message for a rejected authenticator code, chosen by problem code. */
export function twoFactorCodeError(error: Error, t: TFunction<'account'>): string {
  if (error instanceof ApiError && (error.code === 'invalid_code' || error.code === 'validation_failed')) {
    return t('twoFactor.invalidCode');
  }
  if (error instanceof ApiError && error.code === 'conflict') return t('twoFactor.changedMeanwhile');
  return apiErrorMessage(error);
}
