// What other parts of the app may use of the clinic feature; its other files are internal.
export { useClinicSettings } from './api/use-clinic-settings.ts';
export { useLocaleFormat } from './hooks/use-locale-format.ts';
