import { useClinicSettings } from '../../clinic/index.ts';

export type ClinicFormat = { locale: string; timeZone: string };

const browserFormat = Intl.DateTimeFormat().resolvedOptions();

/**
 * How dates read in this clinic (GET /clinic: `locale`, `timeZone`). Until the settings
 * arrive, or if they cannot be read, the browser's own are a fair stand-in.
 */
export function useClinicFormat(): ClinicFormat {
  const clinic = useClinicSettings();
  return {
    locale: clinic.data?.locale ?? browserFormat.locale,
    timeZone: clinic.data?.timeZone ?? browserFormat.timeZone,
  };
}
