import { IntlMessageFormat } from 'intl-messageformat';
import { isMessage, type Message, type MessageValues } from '../../domain/message';
import type { Bilingual } from '../problem';

// The one message catalogue (ADR 0006). Texts live in `<module>.<lang>.json` beside this file, in
// ICU MessageFormat; each file's top-level key is its module. The server reads the files from disk
// (src/content/message-files.ts), the web bundles them (src/web/i18n/i18n.ts); both word a message
// with `formatMessage` below, so a plural or an amount reads the same on a page and in an answer.

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Nested texts of one language, the merged contents of all its files. */
export type MessageTree = { [key: string]: string | MessageTree };
export type Resources = Record<Language, MessageTree>;

/** Merges module files (name → contents) into one tree per language, by the `.<lang>.json` suffix. */
export function resourcesFromFiles(files: Record<string, unknown>): Resources {
  const resources: Resources = { nl: {}, en: {} };
  for (const [name, contents] of Object.entries(files)) {
    const language = LANGUAGES.find((l) => name.endsWith(`.${l}.json`));
    if (language) Object.assign(resources[language], contents as MessageTree);
  }
  return resources;
}

const compiled = new Map<string, IntlMessageFormat>();

/** Words one ICU source text; a value the text needs but did not get leaves the text unworded. */
export function formatMessage(language: Language, source: string, values?: object): string {
  const cacheKey = `${language}\u0000${source}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(source, LOCALES[language], undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  try {
    return String(format.format(values as Record<string, string | number> | undefined));
  } catch {
    return source;
  }
}

export function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export interface Catalogue {
  /** The message in one language; an unknown key shows as itself, as i18next does. */
  text(language: Language, message: Message): string;
  /** The message in Dutch and English, as problem+json answers carry it. */
  bilingual(message: Message): Bilingual;
  /** As `bilingual`, for a message built from lower-case parts that stands as a sentence. */
  sentence(message: Message): Bilingual;
  has(key: string): boolean;
}

export function createCatalogue(resources: Resources): Catalogue {
  const text = (language: Language, { key, values }: Message): string => {
    const source = lookup(resources[language], key);
    if (source === undefined) return key;
    return formatMessage(language, source, values && wordValues(language, values));
  };
  const wordValues = (language: Language, values: MessageValues) =>
    Object.fromEntries(
      Object.entries(values).map(([name, v]) => [
        name,
        typeof v !== 'object' ? v : isMessage(v) ? text(language, v) : v[language],
      ]),
    );
  return {
    text,
    bilingual: (m) => ({ nl: text('nl', m), en: text('en', m) }),
    sentence: (m) => ({ nl: capitalised(text('nl', m)), en: capitalised(text('en', m)) }),
    has: (key) => LANGUAGES.every((l) => lookup(resources[l], key) !== undefined),
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

let installed: Catalogue | undefined;

/**
 * Makes a catalogue the one contract code words messages with: the server installs the files it
 * reads (src/content/message-files.ts), the web the files it bundled.
 */
export function installCatalogue(catalogue: Catalogue): void {
  installed = catalogue;
}

/** The installed catalogue; contract code that answers in both languages words with it. */
export function catalogue(): Catalogue {
  if (!installed) throw new Error('No message catalogue installed (src/content/message-files.ts).');
  return installed;
}

export type { Message, MessageValues };
