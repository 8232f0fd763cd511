// Synonyms a worker types (content/synonyms.yaml), compiled for the search: a query word or
// phrase found in a group's `typed` list also searches for the group's `expands_to` terms.
// Phrases are compared word by word on their search keys, so 'alleenstaande moeders' finds the
// phrase 'alleenstaande moeder' and 'schulden' finds the typed word 'schuld'.

import { searchKey } from './dutch-stemmer';
import { issue, SearchInputError, type SearchIssue } from './search-errors';
import { tokenize, type Token } from './tokenize';

export type SynonymGroupInput = {
  readonly typed: readonly string[];
  /** The same words in English ('debts', 'single mother'), searched exactly like `typed`. */
  readonly typed_en?: readonly string[] | undefined;
  readonly expands_to: readonly string[];
};

/** The shape of content/synonyms.yaml (other fields, such as last_reviewed, are ignored). */
export type SynonymsInput = { readonly groups: readonly SynonymGroupInput[] };

export type Expansion = {
  /** The term as written in the synonyms file ('bijzondere bijstand'). */
  text: string;
  /** Search keys of its words, without stop words; all must occur in one field of an item. */
  keys: string[];
};

export type CompiledSynonymGroup = {
  typed: string[];
  expansions: Expansion[];
  /** The group's first Dutch typed word ('eenzaam'): what an English typed word translates to. */
  dutch: { text: string; keys: string[] };
};

export type CompiledSynonyms = {
  groups: CompiledSynonymGroup[];
  /** Typed phrases by the key of their first word, longest first. */
  phrasesByFirstKey: Map<string, { keys: string[]; group: number; english: boolean }[]>;
};

export type SynonymMatch = {
  /** Index of the first and one past the last query token the phrase covers. */
  from: number;
  to: number;
  group: number;
  /** Whether the phrase is one of the group's English words (typed_en). */
  english: boolean;
};

function queryWords(text: string): Token[] {
  return tokenize(text).filter((t) => !t.joined);
}

function checkTermList(value: unknown, field: string, issues: SearchIssue[]): value is string[] {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push(issue(field, 'searchInput.termList'));
    return false;
  }
  let ok = true;
  value.forEach((term: unknown, i) => {
    if (typeof term !== 'string' || queryWords(term).length === 0) {
      issues.push(issue(`${field}.${i}`, 'searchInput.term'));
      ok = false;
    }
  });
  return ok;
}

/**
 * Checks and compiles the synonym groups. Throws SearchInputError naming every bad field
 * ('synonyms.groups.2.typed.0').
 */
export function compileSynonyms(input: SynonymsInput, field = 'synonyms'): CompiledSynonyms {
  const issues: SearchIssue[] = [];
  const rawGroups: unknown = (input as { groups?: unknown } | null | undefined)?.groups;
  if (!Array.isArray(rawGroups)) {
    throw new SearchInputError([issue(`${field}.groups`, 'searchInput.groupsMissing')]);
  }
  rawGroups.forEach((group: unknown, g) => {
    const at = `${field}.groups.${g}`;
    if (typeof group !== 'object' || group === null) {
      issues.push(issue(at, 'searchInput.groupShape'));
      return;
    }
    const { typed, typed_en: typedEn, expands_to: expandsTo } = group as Record<string, unknown>;
    checkTermList(typed, `${at}.typed`, issues);
    if (typedEn !== undefined) checkTermList(typedEn, `${at}.typed_en`, issues);
    checkTermList(expandsTo, `${at}.expands_to`, issues);
  });
  if (issues.length > 0) throw new SearchInputError(issues);

  const groups: CompiledSynonymGroup[] = [];
  const phrasesByFirstKey = new Map<
    string,
    { keys: string[]; group: number; english: boolean }[]
  >();
  (rawGroups as SynonymGroupInput[]).forEach((group, g) => {
    const expansions: Expansion[] = [];
    const seen = new Set<string>();
    for (const text of group.expands_to) {
      const keys = [
        ...new Set(
          queryWords(text)
            .filter((t) => !t.stop)
            .map((t) => searchKey(t.word)),
        ),
      ];
      const id = keys.join(' ');
      if (keys.length === 0 || seen.has(id)) continue;
      seen.add(id);
      expansions.push({ text, keys });
    }
    const typed = [...group.typed, ...(group.typed_en ?? [])];
    const dutch = group.typed[0]!;
    const dutchKeys = queryWords(dutch)
      .filter((t) => !t.stop)
      .map((t) => searchKey(t.word));
    groups.push({ typed, expansions, dutch: { text: dutch, keys: dutchKeys } });
    typed.forEach((text, k) => {
      const english = k >= group.typed.length;
      // Stop words stay in typed phrases: 'uit huis' is not the same as 'huis'.
      const keys = queryWords(text).map((t) => searchKey(t.word));
      const first = keys[0];
      if (first === undefined) return;
      const list = phrasesByFirstKey.get(first) ?? [];
      list.push({ keys, group: g, english });
      phrasesByFirstKey.set(first, list);
    });
  });
  for (const list of phrasesByFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { groups, phrasesByFirstKey };
}

/**
 * The typed phrases in a query, read left to right, taking the longest phrase at each place.
 * `keys` are the search keys of the query's words, stop words included.
 */
export function findSynonymPhrases(
  synonyms: CompiledSynonyms,
  keys: readonly string[],
): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  let i = 0;
  while (i < keys.length) {
    const candidates = synonyms.phrasesByFirstKey.get(keys[i]!) ?? [];
    const hit = candidates.find(
      (c) => i + c.keys.length <= keys.length && c.keys.every((k, j) => keys[i + j] === k),
    );
    if (hit) {
      matches.push({ from: i, to: i + hit.keys.length, group: hit.group, english: hit.english });
      i += hit.keys.length;
    } else {
      i++;
    }
  }
  return matches;
}
