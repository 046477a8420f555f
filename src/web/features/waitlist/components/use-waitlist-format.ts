import { useTranslation } from 'react-i18next';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useClinicSettings } from '../../clinic/index.ts';

/** The user's language with the clinic's zone; undefined until the clinic's settings arrive. */
export function useWaitlistFormat(): LocaleFormat | undefined {
  const { i18n } = useTranslation();
  const clinic = useClinicSettings();
  if (!clinic.data) return undefined;
  return {
    locale: i18n.resolvedLanguage ?? 'en',
    timeZone: clinic.data.timeZone,
    currency: clinic.data.currency,
  };
}
