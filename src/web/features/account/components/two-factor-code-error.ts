import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';

/** The message for a rejected authenticator code, chosen by problem code. */
export function twoFactorCodeError(error: Error): string {
  if (error instanceof ApiError && (error.code === 'invalid_code' || error.code === 'validation_failed')) {
    return 'That code is not valid. Check that the time on your phone is right and enter the current code.';
  }
  if (error instanceof ApiError && error.code === 'conflict') {
    return 'Two-factor authentication changed in the meantime. Reload the page.';
  }
  return apiErrorMessage(error);
}
