import type { SchemeResult, WhyNotReason } from '../domain/benefits';
import { message } from '../domain/message';
import { catalogue, type Language } from './messages/catalogue';

/**
 * 'U krijgt geen zorgtoeslag, omdat … Bij u is dat …' in one language: the same sentence on the
 * resident's page and in the calculation API.
 */
export function whyNotText(scheme: SchemeResult, reason: WhyNotReason, language: Language): string {
  const words = catalogue();
  const full = words.text(language, message(`check.schemeNames.${scheme.scheme}`));
  // A fund keeps its capital (a name); 'U krijgt geen zorgtoeslag' starts small.
  const name = scheme.category === 'fonds' ? full : full.charAt(0).toLowerCase() + full.slice(1);
  const sentence = words.text(
    language,
    message('check.whyNot.sentence', { name, reason: reason.reason }),
  );
  return reason.values ? `${sentence} ${words.text(language, reason.values)}` : sentence;
}
