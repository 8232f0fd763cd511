import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

// Each module keeps its own strings in modules/<module>.<lang>.json, with the module name as the
// top-level key, so modules never edit the same file.
const moduleFiles = import.meta.glob<Record<string, unknown>>('./modules/*.json', {
  eager: true,
  import: 'default',
});
function withModules(base: Record<string, unknown>, language: 'nl' | 'en') {
  const merged = { ...base };
  for (const [path, strings] of Object.entries(moduleFiles)) {
    if (path.endsWith(`.${language}.json`)) Object.assign(merged, strings);
  }
  return merged;
}

export type Language = 'nl' | 'en';
const STORAGE_KEY = 'wegwijs.language';

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function applyLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: {
    nl: { translation: withModules(nl, 'nl') },
    en: { translation: withModules(en, 'en') },
  },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;
