import type { I18nFormatModule } from 'i18next';
import { formatMessage } from '../../contract/messages/catalogue';

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
