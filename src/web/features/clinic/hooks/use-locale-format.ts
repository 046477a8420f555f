import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useClinicSettings } from '../api/use-clinic-settings.ts';

/**
 * The reader's language with the clinic's zone and currency, for dates, times and money; null
 * until the clinic's settings arrive (times in the browser's zone, or amounts in a guessed
 * currency, would mislead). The same object while nothing changes, so memoised views keep.
 */
export function useLocaleFormat(): LocaleFormat | null {
  const { i18n } = useTranslation();
  const clinic = useClinicSettings();
  const locale = i18n.resolvedLanguage ?? 'en';
  const timeZone = clinic.data?.timeZone;
  const currency = clinic.data?.currency;
  return useMemo(
    () => (timeZone && currency ? { locale, timeZone, currency } : null),
    [locale, timeZone, currency],
  );
}
