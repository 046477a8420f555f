import { ApiError } from './api-error.ts';

// Messages are chosen by code and status, never by the server's English title, so they can be
// translated here and stay stable when the server rewords a problem. Screens with a more
// specific wording for a code (the login form for `unauthenticated`) check that code first.
const messagesByCode: Record<string, string> = {
  network_error: 'The server could not be reached. Check your connection and try again.',
  invalid_response: 'The server sent an unexpected answer. Reload the page and try again.',
  unauthenticated: 'Your session has ended. Log in again.',
  forbidden: 'You are not allowed to do this.',
  two_factor_enrollment_required: 'Set up two-factor authentication on your account page first.',
  weak_password: 'This password is too easy to guess. Use a longer phrase of unrelated words.',
  invalid_token: 'This link is invalid or has expired. Ask for a new one.',
  last_admin: 'The clinic must keep at least one active administrator.',
  cannot_deactivate_self: 'You cannot deactivate your own account.',
  validation_failed: 'Some fields need attention.',
};

export function apiErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something unexpected happened. Try again.';
  if (error.code === 'rate_limited') return rateLimitedMessage(error.retryAfterSeconds);
  const byCode = messagesByCode[error.code];
  if (byCode) return byCode;
  if (error.status === 400 || error.status === 422) return 'Some fields need attention.';
  if (error.status === 401) return 'Your session has ended. Log in again.';
  if (error.status === 403) return 'You are not allowed to do this.';
  if (error.status === 404) return 'This item no longer exists.';
  if (error.status === 409) return 'Someone else changed this in the meantime. Reload and try again.';
  if (error.status === 429) return rateLimitedMessage(error.retryAfterSeconds);
  return 'The server hit an unexpected error. Try again in a moment.';
}

export function rateLimitedMessage(retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined) return 'Too many attempts. Wait a moment and try again.';
  if (retryAfterSeconds < 60) {
    return `Too many attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`;
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
