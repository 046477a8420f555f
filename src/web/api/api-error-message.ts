import i18n from 'i18next';
import { common } from '../i18n/locales/en.ts';
import { ApiError } from './api-error.ts';

type ProblemCode = keyof typeof common.problems.codes;

function isKnownCode(code: string): code is ProblemCode {
  return Object.hasOwn(common.problems.codes, code);
}

// Messages are chosen by code and status, never by the server's English title, so they are
// translated here and stay stable when the server rewords a problem. Screens with a more
// specific wording for a code (the login form for `unauthenticated`) check that code first.
export function apiErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return i18n.t('problems.unexpected');
  if (error.code === 'rate_limited' || error.status === 429)
    return rateLimitedMessage(error.retryAfterSeconds);
  if (isKnownCode(error.code)) return i18n.t(`problems.codes.${error.code}`);
  if (error.status === 400 || error.status === 422) return i18n.t('problems.byStatus.badRequest');
  if (error.status === 401) return i18n.t('problems.byStatus.unauthenticated');
  if (error.status === 403) return i18n.t('problems.byStatus.forbidden');
  if (error.status === 404) return i18n.t('problems.byStatus.notFound');
  if (error.status === 409 || error.status === 412) return i18n.t('problems.byStatus.conflict');
  return i18n.t('problems.byStatus.serverError');
}

export function rateLimitedMessage(retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined) return i18n.t('problems.rateLimited');
  if (retryAfterSeconds < 60) return i18n.t('problems.rateLimitedSeconds', { count: retryAfterSeconds });
  return i18n.t('problems.rateLimitedMinutes', { count: Math.ceil(retryAfterSeconds / 60) });
}
