// Finds passages in our content that repeat a source document word for word: word 8-grams of each
// content text that also occur in a source. Used by own-words.test.ts; pure, no I/O.

/** Eight words in a row is rarely chance in Dutch prose, and short enough to catch copied clauses. */
export const NGRAM_SIZE = 8;

/**
 * Stands in for a fixed name or title inside a content text. It never occurs in a source, so an
 * 8-gram that includes a name cannot count as shared, while the words around it still do.
 */
const NAME_MARK = '«naam»';

/** Lowercase words without punctuation or diacritics: "Financiële  zorgen," → ["financiele", "zorgen"]. */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

function gramsOf(words: readonly string[], n = NGRAM_SIZE): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(' '));
  return grams;
}

/** Every word 8-gram of the source documents, normalised. */
export function sourceGrams(sources: readonly string[]): Set<string> {
  return new Set(sources.flatMap((text) => gramsOf(normaliseWords(text))));
}

/** Fixed names and titles, normalised and grouped by first word, longest first. */
export type NameIndex = Map<string, string[][]>;

export function nameIndex(names: readonly string[]): NameIndex {
  const index: NameIndex = new Map();
  for (const phrase of names.map(normaliseWords)) {
    const first = phrase[0];
    if (first === undefined) continue;
    index.set(first, [...(index.get(first) ?? []), phrase]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/**
 * The words of a text with every occurrence of a fixed name or title replaced by one mark, so
 * that names may be quoted exactly.
 */
export function maskNames(words: readonly string[], names: NameIndex): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const hit = names.get(words[i]!)?.find((p) => p.every((w, k) => words[i + k] === w));
    if (hit) {
      out.push(NAME_MARK);
      i += hit.length;
    } else out.push(words[i++]!);
  }
  return out;
}

export interface ContentText {
  file: string;
  /** Dotted path of the field, like 'description' or 'capitals.0.signals.2.text'. */
  field: string;
  text: string;
  /** Fixed names and titles this text may quote (the item's own name, its providers, …). */
  names: readonly string[];
}

export interface SharedPassage {
  file: string;
  field: string;
  /** The repeated words, normalised (names shown as «naam»). */
  passage: string;
}

export interface OverlapReport {
  /** All 8-grams of all content texts. */
  total: number;
  /** Those that also occur in a source. */
  shared: number;
  passages: SharedPassage[];
}

/** Compares every content text with the source 8-grams; joins overlapping hits into passages. */
export function findSharedPassages(
  texts: readonly ContentText[],
  sources: ReadonlySet<string>,
): OverlapReport {
  let total = 0;
  let shared = 0;
  const passages: SharedPassage[] = [];
  // Texts of one file share their list of names; index each list once.
  const indexes = new Map<readonly string[], NameIndex>();
  for (const t of texts) {
    const index = indexes.get(t.names) ?? nameIndex(t.names);
    indexes.set(t.names, index);
    const words = maskNames(normaliseWords(t.text), index);
    const grams = gramsOf(words);
    total += grams.length;
    let runStart = -1;
    const close = (end: number) => {
      const passage = words
        .slice(runStart, end + NGRAM_SIZE - 1)
                .join(' ');
      passages.push({ file: t.file, field: t.field, passage });
      runStart = -1;
    };
    grams.forEach((g, i) => {
      if (sources.has(g)) {
        shared++;
        if (runStart < 0) runStart = i;
      } else if (runStart >= 0) close(i);
    });
    if (runStart >= 0) close(grams.length);
  }
  return { total, shared, passages };
}

/**
 * Every string in a parsed YAML value with its dotted path, except under keys that hold ids,
 * vocabulary references, citations or links rather than our own text.
 */
export function stringsIn(
  value: unknown,
  skipKeys: ReadonlySet<string>,
  path: string[] = [],
): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path.join('.'), text: value }];
  if (Array.isArray(value))
    return value.flatMap((v, i) => stringsIn(v, skipKeys, [...path, String(i)]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      skipKeys.has(k) ? [] : stringsIn(v, skipKeys, [...path, k]),
    );
  return [];
}
