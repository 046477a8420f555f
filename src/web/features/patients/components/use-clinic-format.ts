import { useTranslation } from 'react-i18next';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useClinicSettings } from '../../clinic/index.ts';

export type ClinicFormat = {
  /** The clinic's locale: the order dates of birth are written and typed in (the search reads it). */
  locale: string;
  timeZone: string;
  /** Instants (who saved when): the user's language, the clinic's zone. */
  instants: LocaleFormat;
};

const browserFormat = Intl.DateTimeFormat().resolvedOptions();

/**
 * How dates read in this clinic (GET /clinic: `locale`, `timeZone`). Until the settings
 * arrive, or if they cannot be read, the browser's own are a fair stand-in.
 */
export function useClinicFormat(): ClinicFormat {
  const clinic = useClinicSettings();
  const { i18n } = useTranslation();
  const timeZone = clinic.data?.timeZone ?? browserFormat.timeZone;
  return {
    locale: clinic.data?.locale ?? browserFormat.locale,
    timeZone,
    instants: { locale: i18n.resolvedLanguage ?? 'en', timeZone, currency: clinic.data?.currency ?? 'USD' },
  };
}
