// Reading the query text: each word or synonym phrase becomes a concept with the ways it can
// match (exact stem, synonym, prefix, typo), each with its weight.

import { splitCompound } from './compounds';
import { searchKey } from './dutch-stemmer';
import { postingCount, type SearchIndex } from './index-shape';
import type { InterpretedTerm, MatchKind } from './search-types';
import { findSynonymPhrases, type CompiledSynonyms, type SynonymMatch } from './synonyms';
import { fold, tokenize, type Token } from './tokenize';
import {
  COMPOUND_PART_SHARE,
  MATCH_FACTORS,
  MAX_PREFIX_TERMS,
  MAX_QUERY_TERMS,
  MAX_TYPO_TERMS,
  MIN_PREFIX_LENGTH,
  TYPO_FACTOR_DISTANCE_2,
} from './tuning';
import { findNear, maxTypoDistance } from './typo';

export type Alternative = {
  terms: number[];
  /** Per term: its idf, capped (see parseText) and divided by the number of terms. */
  idf: number[];
  factor: number;
  kind: MatchKind;
};
export type Concept = { interpreted: InterpretedTerm; alternatives: Alternative[] };

function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The most common terms first (then by term number), at most `limit`. */
function mostCommon(index: SearchIndex, termSet: Set<number>, limit: number): number[] {
  return [...termSet]
    .sort((a, b) => postingCount(index, b) - postingCount(index, a) || a - b)
    .slice(0, limit);
}

function prefixTerms(
  index: SearchIndex,
  prefixes: string[],
  exclude: number | undefined,
): number[] {
  const found = new Set<number>();
  for (const prefix of prefixes) {
    if (prefix.length < MIN_PREFIX_LENGTH) continue;
    for (let i = lowerBound(index.sortedWords, prefix); i < index.sortedWords.length; i++) {
      if (!index.sortedWords[i]!.startsWith(prefix)) break;
      const t = index.sortedWordTerms[i]!;
      if (t !== exclude) found.add(t);
    }
  }
  return mostCommon(index, found, MAX_PREFIX_TERMS);
}

/** The words of single-word typed synonyms ('geldzorgen', 'neet'), folded. */
export function singleWordSynonyms(synonyms: CompiledSynonyms): string[] {
  return synonyms.groups.flatMap((g) =>
    g.typed.flatMap((typed) => {
      const words = tokenize(typed).filter((t) => !t.joined);
      return words.length === 1 ? [words[0]!.word] : [];
    }),
  );
}

/** Adds the expansions of a synonym group as alternatives of one query term. */
function addExpansions(
  index: SearchIndex,
  group: number,
  factor: number,
  alternatives: Alternative[],
  interpreted: InterpretedTerm,
) {
  for (const expansion of index.synonyms.groups[group]!.expansions) {
    const expTerms = expansion.keys.map((k) => index.terms.get(k));
    if (!interpreted.synonyms.includes(expansion.text)) interpreted.synonyms.push(expansion.text);
    if (expTerms.every((t) => t !== undefined))
      alternatives.push({
        terms: [...new Set(expTerms as number[])],
        idf: [],
        factor,
        kind: 'synonym',
      });
  }
}

type Near = ReturnType<typeof findNear>;

/**
 * Corrects a misspelt word inside a synonym phrase ('alleenstaande moedr'): an unknown word is
 * replaced by the nearest word that completes a phrase of two or more words. Returns the keys to
 * match phrases with, and the corrected words by token position.
 */
function correctPhraseWords(
  index: SearchIndex,
  tokens: Token[],
  keys: string[],
  nearOf: (i: number) => Near,
) {
  const phraseKeys = [...keys];
  const corrected = new Map<number, string>();
  tokens.forEach((token, i) => {
    if (token.stop || index.terms.has(keys[i]!)) return;
    for (const word of nearOf(i).words) {
      const trial = [...phraseKeys];
      trial[i] = searchKey(word);
      const covers = findSynonymPhrases(index.synonyms, trial).some(
        (m) => m.from <= i && i < m.to && m.to - m.from >= 2,
      );
      if (covers) {
        phraseKeys[i] = trial[i]!;
        corrected.set(i, word);
        return;
      }
    }
  });
  return { phraseKeys, corrected };
}

/** Reads the query text into terms, each with the ways it can match. */
export function parseText(index: SearchIndex, text: string): Concept[] {
  const tokens = tokenize(text).filter((t) => !t.joined);
  const keys = tokens.map((t) => searchKey(t.word));
  // The nearest index words of a misspelt word, looked up once per word.
  const near = new Map<number, Near>();
  const nearOf = (i: number): Near => {
    let found = near.get(i);
    if (!found) {
      const word = tokens[i]!.word;
      near.set(i, (found = findNear(index.typo, word, maxTypoDistance(word))));
    }
    return found;
  };
  const { phraseKeys, corrected } = correctPhraseWords(index, tokens, keys, nearOf);
  const phrases = findSynonymPhrases(index.synonyms, phraseKeys);
  const concepts: Concept[] = [];
  let i = 0;
  let p = 0;
  while (i < tokens.length && concepts.length < MAX_QUERY_TERMS) {
    const phrase = phrases[p]?.from === i ? phrases[p] : undefined;
    const to = phrase ? phrase.to : i + 1;
    if (phrase) p++;
    const span: Span = { text, tokens, from: i, to, phrase, phraseKeys, corrected, nearOf };
    i = to;
    if (!phrase && tokens[span.from]!.stop) continue;
    concepts.push(conceptOf(index, span));
  }
  return concepts;
}

/** One word, or the words of one synonym phrase, of the query. */
type Span = {
  text: string;
  tokens: Token[];
  from: number;
  to: number;
  phrase: SynonymMatch | undefined;
  /** The query's search keys with misspelt phrase words corrected, and those corrections. */
  phraseKeys: string[];
  corrected: Map<number, string>;
  nearOf: (i: number) => Near;
};

function conceptOf(index: SearchIndex, span: Span): Concept {
  const own = span.tokens.slice(span.from, span.to);
  const alternatives: Alternative[] = [];
  const interpreted: InterpretedTerm = {
    text: span.text.slice(own[0]!.start, own[own.length - 1]!.end),
    synonyms: [],
    corrections: [],
    matched: false,
  };
  // An English synonym ('lonely') is read as the Dutch word of its group ('eenzaam'), so it
  // finds and ranks what that word does; the other ways to match follow as for any word.
  const translation = span.phrase?.english
    ? index.synonyms.groups[span.phrase.group]!.dutch
    : undefined;
  if (translation) interpreted.synonyms.push(translation.text);
  const ownKeys = translation?.keys ?? own.filter((t) => !t.stop).map((t) => searchKey(t.word));
  const ownTerms = ownKeys.map((k) => index.terms.get(k));
  if (ownTerms.length > 0 && ownTerms.every((t) => t !== undefined))
    alternatives.push({
      terms: [...new Set(ownTerms as number[])],
      factor: MATCH_FACTORS.exact,
      kind: 'exact',
      idf: [],
    });
  // One word, or an English word for one Dutch word: prefixes, compounds and typos of the Dutch.
  const dutchWord = translation?.keys.length === 1 ? fold(translation.text) : undefined;
  if (translation ? dutchWord : own.length === 1) {
    const word = dutchWord ?? own[0]!.word;
    addWordAlternatives(
      index,
      span,
      word,
      ownKeys[0] ?? searchKey(word),
      alternatives,
      interpreted,
    );
  }
  if (span.phrase) addPhraseAlternatives(index, span, span.phrase, alternatives, interpreted);
  capIdf(index, ownTerms, alternatives);
  return { interpreted, alternatives };
}

/** Prefixes of a single word, and when it is not in the index, its typo corrections. */
function addWordAlternatives(
  index: SearchIndex,
  span: Span,
  word: string,
  key: string,
  alternatives: Alternative[],
  interpreted: InterpretedTerm,
): void {
  const exact = index.terms.get(key);
  const prefixes = key.length >= 4 && key !== word ? [word, key] : [word];
  for (const t of prefixTerms(index, prefixes, exact))
    alternatives.push({ terms: [t], idf: [], factor: MATCH_FACTORS.prefix, kind: 'prefix' });
  if (exact !== undefined || span.phrase) return;
  addCompoundAlternatives(index, word, alternatives, interpreted);
  const nearby = span.nearOf(span.from);
  const factor = nearby.distance >= 2 ? TYPO_FACTOR_DISTANCE_2 : MATCH_FACTORS.typo;
  const nearTerms = new Set<number>();
  for (const w of nearby.words) {
    const t = index.surface.get(w);
    if (t !== undefined) nearTerms.add(t);
  }
  const chosen = new Set(mostCommon(index, nearTerms, MAX_TYPO_TERMS));
  for (const t of chosen) alternatives.push({ terms: [t], idf: [], factor, kind: 'typo' });
  // A misspelt synonym also searches for what the synonym stands for, a little lower.
  const synonymGroups = new Map<string, number>();
  for (const w of nearby.words) {
    const [match] = findSynonymPhrases(index.synonyms, [searchKey(w)]);
    if (match) synonymGroups.set(w, match.group);
  }
  for (const group of new Set(synonymGroups.values()))
    addExpansions(index, group, factor * MATCH_FACTORS.synonym, alternatives, interpreted);
  interpreted.corrections = nearby.words.filter(
    (w) => chosen.has(index.surface.get(w)!) || synonymGroups.has(w),
  );
}

/**
 * A compound the index does not hold ('schoolspullen') matches items with both parts in one field
 * best, and items with one part a little.
 */
function addCompoundAlternatives(
  index: SearchIndex,
  word: string,
  alternatives: Alternative[],
  interpreted: InterpretedTerm,
): void {
  const parts = splitCompound(index, word);
  if (!parts) return;
  const [first, second] = parts.terms;
  const factor = MATCH_FACTORS.compound;
  alternatives.push({ terms: [...new Set([first, second])], idf: [], factor, kind: 'compound' });
  for (const t of new Set([first, second]))
    alternatives.push({
      terms: [t],
      idf: [],
      factor: factor * COMPOUND_PART_SHARE,
      kind: 'compound',
    });
  interpreted.synonyms.push(parts.words.join(' '));
}

/** The synonyms of a phrase; a phrase read with corrected words counts as a typo match. */
function addPhraseAlternatives(
  index: SearchIndex,
  span: Span,
  phrase: SynonymMatch,
  alternatives: Alternative[],
  interpreted: InterpretedTerm,
): void {
  const { from, to } = span;
  const ownCorrections = [...span.corrected].filter(([k]) => k >= from && k < to);
  if (ownCorrections.length > 0) {
    const fixed = span.phraseKeys
      .slice(from, to)
      .filter((_, k) => !span.tokens[from + k]!.stop)
      .map((key) => index.terms.get(key));
    if (fixed.every((t) => t !== undefined))
      alternatives.push({
        terms: [...new Set(fixed as number[])],
        idf: [],
        factor: MATCH_FACTORS.typo,
        kind: 'typo',
      });
    interpreted.corrections = ownCorrections.map(([, word]) => word);
  }
  addExpansions(
    index,
    phrase.group,
    MATCH_FACTORS.synonym * (ownCorrections.length > 0 ? MATCH_FACTORS.typo : 1),
    alternatives,
    interpreted,
  );
}

/**
 * A synonym, prefix or typo never weighs more than the word as typed: its idf is capped at that
 * of the typed word(s), so rarer expansions cannot jump over exact matches. Terms of a multi-word
 * alternative count as their mean, so a phrase weighs like one word.
 */
function capIdf(
  index: SearchIndex,
  ownTerms: (number | undefined)[],
  alternatives: Alternative[],
): void {
  const cap = Math.max(
    ...ownTerms.filter((t) => t !== undefined).map((t) => index.idf[t]!),
    ownTerms.some((t) => t !== undefined) ? 0 : Infinity,
  );
  for (const alt of alternatives)
    alt.idf = alt.terms.map((t) => Math.min(index.idf[t]!, cap) / alt.terms.length);
}
