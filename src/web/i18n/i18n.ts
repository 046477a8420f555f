import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { supportedLanguages } from './catalogue.ts';
import { common } from './locales/en.ts';
import { commonPtBr } from './locales/pt-BR.ts';

export const languageStorageKey = 'topsmile.language';

// The browser's language decides until the user picks one in the account menu; the pick is
// kept in localStorage. A browser asking for plain `pt` gets Brazilian Portuguese.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { common }, 'pt-BR': { common: commonPtBr } },
    supportedLngs: [...supportedLanguages],
    nonExplicitSupportedLngs: false,
    fallbackLng: { pt: ['pt-BR'], default: ['en'] },
    load: 'currentOnly',
    defaultNS: 'common',
    ns: ['common'],
    // React escapes what it renders; escaping here too would show &amp; in names.
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: languageStorageKey,
      caches: ['localStorage'],
      convertDetectedLanguage: (language: string) =>
        language.toLowerCase().startsWith('pt') ? 'pt-BR' : language,
    },
    initAsync: false,
    react: { useSuspense: false },
  });

function markDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
markDocumentLanguage(i18n.resolvedLanguage ?? 'en');
i18n.on('languageChanged', () => markDocumentLanguage(i18n.resolvedLanguage ?? 'en'));

export { i18n };
