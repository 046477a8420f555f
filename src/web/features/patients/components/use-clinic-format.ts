import { useTranslation } from 'react-i18next';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useClinicSettings } from '../../clinic/index.ts';

export type ClinicFormat = {
  /**
   * The user's language: the order dates of birth are shown in. (Typed dates are read by the
   * server in the clinic's locale; a pt-BR reader must not see 03/02/1985 for 2 March.)
   */
  locale: string;
  timeZone: string;
  /** The clinic's country (GET /clinic `country`): its phone numbers are written the national way. */
  country: string | undefined;
  /** Instants (who saved when): the user's language, the clinic's zone. */
  instants: LocaleFormat;
};

const browserFormat = Intl.DateTimeFormat().resolvedOptions();

/**
 * How dates read in this clinic (GET /clinic: `locale`, `timeZone`). Until the settings
 * arrive, or if they cannot be read, the browser's own are a fair stand-in.
 */
/** The clinic's locale when it is in the user's language (it knows the region, en-GB), else the language. */
function dateLocale(language: string | undefined, clinicLocale: string): string {
  if (!language) return clinicLocale;
  const base = (tag: string) => tag.split('-')[0]?.toLowerCase();
  return base(language) === base(clinicLocale) ? clinicLocale : language;
}

export function useClinicFormat(): ClinicFormat {
  const clinic = useClinicSettings();
  const { i18n } = useTranslation();
  const timeZone = clinic.data?.timeZone ?? browserFormat.timeZone;
  return {
    locale: dateLocale(i18n.resolvedLanguage, clinic.data?.locale ?? browserFormat.locale),
    timeZone,
    country: clinic.data?.country,
    instants: { locale: i18n.resolvedLanguage ?? 'en', timeZone, currency: clinic.data?.currency ?? 'USD' },
  };
}
