import i18n from 'i18next';

/** A nested table of messages: keys to strings or to further tables. */
export type Catalogue = { readonly [key: string]: string | Catalogue };

/**
 * The same keys as `T` with any strings: a translation that misses or adds a key fails to
 * compile, so the two languages cannot drift apart unnoticed.
 */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

export const supportedLanguages = ['en', 'pt-BR'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

/**
 * Registers a feature's messages under its namespace. Called when the feature's module loads,
 * so each lazily loaded screen carries its own catalogues instead of the first page load.
 */
export function addCatalogue<T extends Catalogue>(
  namespace: string,
  catalogues: { en: T; 'pt-BR': Translation<T> },
): void {
  for (const language of supportedLanguages) {
    if (!i18n.hasResourceBundle(language, namespace)) {
      i18n.addResourceBundle(language, namespace, catalogues[language]);
    }
  }
}
