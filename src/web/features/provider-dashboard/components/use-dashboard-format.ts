import { useTranslation } from 'react-i18next';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useClinicSettings } from '../../clinic/index.ts';
import { providerDashboardNamespace } from '../i18n.ts';

export type DashboardFormat =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; format: LocaleFormat };

/**
 * The user's language with the clinic's zone and currency. Times wait for the clinic's settings:
 * a schedule shown in the browser's zone for a moment would show the wrong hours.
 */
export function useDashboardFormat(): DashboardFormat {
  const { i18n } = useTranslation(providerDashboardNamespace);
  const clinic = useClinicSettings();
  if (clinic.isPending) return { status: 'pending' };
  if (clinic.isError) return { status: 'error', error: clinic.error, retry: () => void clinic.refetch() };
  return {
    status: 'ready',
    format: {
      locale: i18n.resolvedLanguage ?? 'en',
      timeZone: clinic.data.timeZone,
      currency: clinic.data.currency,
    },
  };
}
