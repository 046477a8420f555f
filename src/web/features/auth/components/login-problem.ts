import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage, rateLimitedMessage } from '../../../api/api-error-message.ts';

/** What went wrong with a login attempt, decided by the problem `code` alone. */
export type LoginProblem =
  | { kind: 'wrong-credentials' }
  | { kind: 'wrong-code' }
  | { kind: 'email-not-verified' }
  | { kind: 'message'; text: string };

export function loginProblemFrom(error: unknown): LoginProblem {
  if (!(error instanceof ApiError)) return { kind: 'message', text: apiErrorMessage(error) };
  switch (error.code) {
    case 'unauthenticated':
      return { kind: 'wrong-credentials' };
    case 'totp_required':
      // Asked again although a code was sent: the code was wrong, used before, or too old.
      return { kind: 'wrong-code' };
    case 'email_not_verified':
      return { kind: 'email-not-verified' };
    case 'rate_limited':
      return { kind: 'message', text: rateLimitedMessage(error.retryAfterSeconds) };
    default:
      return { kind: 'message', text: apiErrorMessage(error) };
  }
}

export function loginProblemText(problem: LoginProblem, t: TFunction<'auth'>): string {
  switch (problem.kind) {
    case 'wrong-credentials':
      return t('login.wrongCredentials');
    case 'wrong-code':
      return t('login.wrongCode');
    case 'email-not-verified':
      return t('login.emailNotVerified');
    case 'message':
      return problem.text;
  }
}
