// Moving a built search index from the worker thread to the main thread (issue 12.1). The typed
// arrays are moved without a copy, but a structured clone of the index's Maps and word lists
// (about 160 000 strings at 50 000 items) is rebuilt in one go when the message arrives: a
// 100-250 ms stall of the main thread. So the worker packs each word list into one string and
// typed arrays (cheap to receive), and the main thread rebuilds the Maps a slice at a time,
// letting other requests run in between. It also builds `surface` from `sortedWords`, so both
// share their strings instead of each holding a copy. The postings are flat arrays already and
// move as they are.

import type { SearchIndex } from '../../domain/catalogue/search';
import { nextTurn } from '../next-turn';

/** Words joined by a character no indexed word holds. */
const SEPARATOR = '\u0000';
/** Entries rebuilt between two turns of the event loop: a few milliseconds of work. */
const SLICE = 4000;

/** The index as the worker sends it: its word lists packed. */
export type PackedIndex = Omit<
  SearchIndex,
  'items' | 'terms' | 'surface' | 'sortedWords' | 'typo'
> & {
  /** The keys of `terms`, with their term numbers in `termNumbers`. */
  termKeys: string;
  termNumbers: Int32Array;
  /** `sortedWords`; `surface` maps word i to sortedWordTerms[i]. */
  words: string;
  typoWords: string;
  /** The typo index's trigrams; the words of trigram g are gramData[gramStarts[g] .. gramStarts[g+1]). */
  grams: string;
  gramStarts: Int32Array;
  gramData: Int32Array;
};

/** Worker side: the index without its items, word lists packed; and the buffers to move. */
export function packIndex(index: SearchIndex): PackedIndex {
  const { items: _items, terms, surface: _surface, sortedWords, typo, ...others } = index;
  const gramLists = [...typo.byTrigram.values()];
  const gramStarts = new Int32Array(gramLists.length + 1);
  gramLists.forEach((list, g) => (gramStarts[g + 1] = gramStarts[g]! + list.length));
  const gramData = new Int32Array(gramStarts[gramLists.length]!);
  gramLists.forEach((list, g) => gramData.set(list, gramStarts[g]!));
  return {
    ...others,
    termKeys: [...terms.keys()].join(SEPARATOR),
    termNumbers: Int32Array.from(terms.values()),
    words: sortedWords.join(SEPARATOR),
    typoWords: typo.words.join(SEPARATOR),
    grams: [...typo.byTrigram.keys()].join(SEPARATOR),
    gramStarts,
    gramData,
  };
}

/** The buffers of a packed index's own arrays (the rest of the index's arrays are listed apart). */
export function packedBuffers(packed: PackedIndex): ArrayBuffer[] {
  const arrays = [
    packed.termNumbers,
    packed.gramStarts,
    packed.gramData,
    packed.postings.starts,
    packed.postings.docs,
    packed.postings.fields,
    packed.postings.weights,
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** Splits a packed word list a slice at a time. */
async function unpackWords(packed: string): Promise<string[]> {
  const words: string[] = [];
  if (packed === '') return words;
  let from = 0;
  for (;;) {
    const to = packed.indexOf(SEPARATOR, from);
    words.push(packed.slice(from, to < 0 ? packed.length : to));
    if (to < 0) return words;
    from = to + 1;
    if (words.length % SLICE === 0) await nextTurn();
  }
}

/** A Map of keys[i] → value(i), built a slice at a time. */
async function mapOf<V>(keys: string[], value: (i: number) => V): Promise<Map<string, V>> {
  const map = new Map<string, V>();
  for (let i = 0; i < keys.length; i++) {
    map.set(keys[i]!, value(i));
    if ((i + 1) % SLICE === 0) await nextTurn();
  }
  return map;
}

/** Main-thread side: the index the worker built, with `items` in its doc order. */
export async function unpackIndex(
  packed: PackedIndex,
  items: SearchIndex['items'],
): Promise<SearchIndex> {
  const { termKeys, termNumbers, words, typoWords, grams, gramStarts, gramData, ...more } = packed;
  const { postings, ...rest } = more;
  const sortedWords = await unpackWords(words);
  const surface = await mapOf(sortedWords, (i) => rest.sortedWordTerms[i]!);
  const terms = await mapOf(await unpackWords(termKeys), (i) => termNumbers[i]!);
  const typoList = await shared(await unpackWords(typoWords), sortedWords);
  const byTrigram = await mapOf(await unpackWords(grams), (g) =>
    Array.from(gramData.subarray(gramStarts[g]!, gramStarts[g + 1]!)),
  );
  return {
    ...rest,
    // Copied by this thread: memory the worker thread allocated stays with its allocator's arena,
    // and while the postings (40 MB at 50 000 items) lived in it, the memory freed around them
    // was not given back.
    postings: {
      starts: postings.starts,
      docs: await ownCopy(postings.docs, new Int32Array(postings.docs.length)),
      fields: await ownCopy(postings.fields, new Uint16Array(postings.fields.length)),
      weights: await ownCopy(postings.weights, new Float32Array(postings.weights.length)),
    },
    items,
    terms,
    surface,
    sortedWords,
    typo: { words: typoList, byTrigram },
  };
}

/**
 * `from` copied into `into`, a megabyte or so at a time: a copy in one go coincided with
 * 300-340 ms stalls in two probe runs.
 */
async function ownCopy<T extends Int32Array | Uint16Array | Float32Array>(
  from: T,
  into: T,
): Promise<T> {
  const step = 1 << 18;
  for (let i = 0; i < from.length; i += step) {
    into.set(from.subarray(i, i + step), i);
    await nextTurn();
  }
  return into;
}

/**
 * The typo list holds the indexed words and a few synonyms, sorted as `sortedWords` is: each
 * word that is in both is taken from `sortedWords`, so the two lists share the string. A slice
 * at a time, as the other lists.
 */
async function shared(typoWords: string[], sortedWords: readonly string[]): Promise<string[]> {
  let j = 0;
  for (let i = 0; i < typoWords.length; i++) {
    const word = typoWords[i]!;
    while (j < sortedWords.length && sortedWords[j]! < word) j++;
    if (sortedWords[j] === word) typoWords[i] = sortedWords[j]!;
    if ((i + 1) % SLICE === 0) await nextTurn();
  }
  return typoWords;
}
