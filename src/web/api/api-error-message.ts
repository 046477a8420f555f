import { ApiError } from './api-error.ts';

// Messages are chosen by code and status, never by the server's English title, so they can be
// translated here and stay stable when the server rewords a problem.
const messagesByCode: Record<string, string> = {
  network_error: 'The server could not be reached. Check your connection and try again.',
  invalid_response: 'The server sent an unexpected answer. Reload the page and try again.',
};

export function apiErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something unexpected happened. Try again.';
  const byCode = messagesByCode[error.code];
  if (byCode) return byCode;
  if (error.status === 400 || error.status === 422) return 'Some fields need attention.';
  if (error.status === 401) return 'Your session has ended. Sign in again.';
  if (error.status === 403) return 'You are not allowed to do this.';
  if (error.status === 404) return 'This item no longer exists.';
  if (error.status === 409) return 'Someone else changed this in the meantime. Reload and try again.';
  if (error.status === 429) return 'Too many requests. Wait a moment and try again.';
  return 'The server hit an unexpected error. Try again in a moment.';
}
