import 'i18next';
import type { common } from './i18n/locales/en.ts';

// Message keys are checked at compile time: t('nav.hom') does not build. Each feature's
// English catalogue joins here under the namespace it registers with addCatalogue().
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
    };
  }
}
