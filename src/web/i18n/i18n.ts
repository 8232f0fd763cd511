import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  createCatalogue,
  installCatalogue,
  resourcesFromFiles,
  type Language,
} from '../../contract/messages/catalogue';
import { icuFormat } from './icu-format';

// The web reads the one message catalogue (src/contract/messages/<module>.<lang>.json, ADR 0006),
// picking up every module's files, and words its ICU texts with the same function as the server.
const messageFiles = import.meta.glob<Record<string, unknown>>('../../contract/messages/*.json', {
  eager: true,
  import: 'default',
});
const resources = resourcesFromFiles(messageFiles);
installCatalogue(createCatalogue(resources));

export type { Language };
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

void i18n
  .use(icuFormat)
  .use(initReactI18next)
  .init({
    resources: {
      nl: { translation: resources.nl },
      en: { translation: resources.en },
    },
    lng: storedLanguage(),
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
document.documentElement.lang = i18n.language;

export default i18n;
