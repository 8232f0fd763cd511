import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { readMessageFiles } from '../../content/message-files';
import { message } from '../../domain/message';
import { createCatalogue, formatMessage, resourcesFromFiles, type MessageTree } from './catalogue';

// The catalogue's own rules: every text exists in Dutch and English, parses as ICU MessageFormat,
// and both languages use the same placeholders, so no page or answer shows a raw key or `{name}`.
const files = readMessageFiles() as Record<string, MessageTree>;
const modules = [...new Set(Object.keys(files).map((f) => f.replace(/\.(nl|en)\.json$/, '')))];

function texts(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : texts(v, `${prefix}${k}.`),
  );
}

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }> };
/** The names of the values a text uses, anywhere in it (plural and select branches too). */
function placeholders(source: string): string[] {
  const found = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type !== 0 && node.type !== 7 && node.value) found.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, 'nl-NL', undefined, { ignoreTag: true }).getAst() as Node[]);
  return [...found].sort();
}

describe('message catalogue files', () => {
  it.each(modules)('%s has a Dutch and an English file', (module) => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([`${module}.nl.json`, `${module}.en.json`]),
    );
  });

  it.each(modules)('%s has the same keys in Dutch and English', (module) => {
    const nl = new Map(texts(files[`${module}.nl.json`] ?? {}));
    const en = new Map(texts(files[`${module}.en.json`] ?? {}));
    expect(
      [...nl.keys()].filter((k) => !en.has(k)),
      'only in Dutch',
    ).toEqual([]);
    expect(
      [...en.keys()].filter((k) => !nl.has(k)),
      'only in English',
    ).toEqual([]);
  });

  it.each(modules)('%s parses as ICU with the same placeholders in both languages', (module) => {
    const en = new Map(texts(files[`${module}.en.json`] ?? {}));
    const wrong: string[] = [];
    for (const [key, nlText] of texts(files[`${module}.nl.json`] ?? {})) {
      try {
        const enText = en.get(key);
        if (enText !== undefined && placeholders(nlText).join() !== placeholders(enText).join())
          wrong.push(`${key}: ${placeholders(nlText).join()} ≠ ${placeholders(enText).join()}`);
      } catch (error) {
        wrong.push(`${key}: ${(error as Error).message}`);
      }
    }
    for (const [key, enText] of en) {
      try {
        placeholders(enText);
      } catch (error) {
        wrong.push(`${key} (en): ${(error as Error).message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no two modules claim the same top-level key', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [file, tree] of Object.entries(files).filter(([f]) => f.endsWith('.nl.json'))) {
      for (const key of Object.keys(tree)) {
        if (owners.has(key)) clashes.push(`${key}: ${owners.get(key)} and ${file}`);
        owners.set(key, file);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('wording a message', () => {
  const catalogue = createCatalogue(
    resourcesFromFiles({
      't.nl.json': {
        t: {
          days: '{n, plural, one {# dag} other {# dagen}}',
          limit: 'Grens {limit, number, ::currency/EUR}',
        },
      },
      't.en.json': {
        t: {
          days: '{n, plural, one {# day} other {# days}}',
          limit: 'Limit {limit, number, ::currency/EUR}',
        },
      },
    }),
  );

  it('chooses the plural form of each language', () => {
    expect(catalogue.bilingual(message('t.days', { n: 1 }))).toEqual({ nl: '1 dag', en: '1 day' });
    expect(catalogue.text('nl', message('t.days', { n: 3 }))).toBe('3 dagen');
  });

  it('formats amounts as euros the Dutch and the British way', () => {
    const { nl, en } = catalogue.bilingual(message('t.limit', { limit: 1234.5 }));
    expect(nl.replace(/\s/g, ' ')).toBe('Grens € 1.234,50');
    expect(en).toBe('Limit €1,234.50');
  });

  it('shows an unknown key as itself, and a text missing a value unworded', () => {
    expect(catalogue.text('en', message('t.nothing'))).toBe('t.nothing');
    expect(formatMessage('nl', 'Hallo {name}')).toBe('Hallo {name}');
  });
});
