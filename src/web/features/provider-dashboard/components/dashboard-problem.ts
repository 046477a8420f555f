import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/api-error.ts';

export type Translate = TFunction<'providerDashboard'>;

/** A failed call as one translated sentence, chosen by the problem's code and never its English. */
export function problemMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.code) {
    case 'validation_failed':
      return t('errors.validation');
    case 'forbidden':
      return t('errors.forbidden');
    case 'not_found':
      return t('errors.notFound');
    case 'network_error':
      return t('errors.network');
    case 'unauthenticated':
      return t('errors.session');
    case 'rate_limited':
      return t('errors.rateLimited');
    default:
      return t('errors.unexpected');
  }
}
