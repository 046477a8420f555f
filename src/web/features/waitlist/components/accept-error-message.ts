import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/api-error.ts';

/** Why booking an offer failed, by the problem's code; never the server's English. */
export function acceptErrorMessage(error: unknown, t: TFunction<'waitlist'>): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.code) {
    case 'slot_unavailable':
      return t('errors.slotUnavailable');
    case 'offer_not_open':
      return t('errors.offerNotOpen');
    case 'outside_working_hours':
      return t('errors.outsideHours');
    case 'network_error':
      return t('errors.network');
    default:
      if (error.status === 403) return t('errors.forbidden');
      if (error.status === 404) return t('errors.notFound');
      return t('errors.unexpected');
  }
}
