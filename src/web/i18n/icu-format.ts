import type { I18nFormatModule, TFunction } from 'i18next';
import { formatMessage, type Message } from '../../contract/messages/catalogue';
import i18n from 'i18next';
import { isMessage } from '../../domain/message';

const language = (): 'nl' | 'en' => (i18n.language === 'en' ? 'en' : 'nl');

/** i18next words the catalogue's ICU texts with the server's own function (ADR 0006). */
export const icuFormat: I18nFormatModule & {
  parse(res: unknown, options: object, lng: string): unknown;
  addLookupKeys(finalKeys: string[]): string[];
} = {
  type: 'i18nFormat',
  parse: (res, options, lng) =>
    typeof res === 'string' ? formatMessage(lng === 'en' ? 'en' : 'nl', res, options) : res,
  // ICU writes plurals inside one text, so there are no `_one`/`_other` keys to look up.
  addLookupKeys: (finalKeys) => finalKeys,
};

/** Words a catalogue message with the page's `t`; a value that is a message is worded first. */
export function wordMessage(t: TFunction, message: Message): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, v]) => [
      name,
      typeof v !== 'object' ? v : isMessage(v) ? wordMessage(t, v) : v[language()],
    ]),
  );
  return t(message.key, values);
}
