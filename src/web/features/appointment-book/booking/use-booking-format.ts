import { useTranslation } from 'react-i18next';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useClinicSettings } from '../../clinic/index.ts';

/** Times in the clinic's zone and money in its currency, in the reader's language; null until known. */
export function useBookingFormat(): LocaleFormat | null {
  const { i18n } = useTranslation();
  const clinic = useClinicSettings();
  if (!clinic.data) return null;
  return {
    locale: i18n.resolvedLanguage ?? 'en',
    timeZone: clinic.data.timeZone,
    currency: clinic.data.currency,
  };
}
