import type { Language } from '../../i18n/i18n';

// The kapitaalscan instrument comes from the API in both languages: every text the household sees
// has an English twin in the field with the suffix `En` (`title`/`titleEn`, `question`/`questionEn`,
// `description`/`descriptionEn`, …). The pages pick the one for the interface language here.

type WithEnglish<K extends string> = { readonly [P in K | `${K}En`]: string };

/** `textIn('en', aspect, 'question')` is `aspect.questionEn`; in Dutch `aspect.question`. */
export function textIn<K extends string>(lang: Language, item: WithEnglish<K>, key: K): string {
  const twin: K | `${K}En` = lang === 'en' ? `${key}En` : key;
  return item[twin];
}
