import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useClinicSettings } from '../../clinic/index.ts';

/** Times in the clinic's zone, in the reader's language; null until the clinic's settings arrive. */
export function useBookFormat(): LocaleFormat | null {
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
