// Moving a built search index from the worker thread to the main thread (issue 12.1). The typed
// arrays are moved without a copy, but a structured clone of the index's Maps and word lists
// (about 160 000 strings at 50 000 items) is rebuilt in one go when the message arrives: a
// 100-250 ms stall of the main thread. So the worker packs each word list into one string and
// typed arrays (cheap to receive), and the main thread rebuilds the Maps a slice at a time,
// letting other requests run in between. It also builds `surface` from `sortedWords`, so both
// share their strings instead of each holding a copy. The postings go as three whole arrays with
// each term's start (receiving 150 000 views, one per term and array, stalled it 60 ms).

import type { SearchIndex } from '../../domain/catalogue/search';

/** Words joined by a character no indexed word holds. */
const SEPARATOR = '\u0000';
/** Entries rebuilt between two turns of the event loop: a few milliseconds of work. */
const SLICE = 4000;

/** The index as the worker sends it: its word lists packed. */
export type PackedIndex = Omit<
  SearchIndex,
  | 'items'
  | 'terms'
  | 'surface'
  | 'sortedWords'
  | 'typo'
  | 'postingDocs'
  | 'postingFields'
  | 'postingWeights'
> & {
  /** The postings of term t are [postingStarts[t], postingStarts[t + 1]) of the three arrays. */
  postingStarts: Int32Array;
  allPostingDocs: Int32Array;
  allPostingFields: Uint16Array;
  allPostingWeights: Float32Array;
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
  const { items: _items, terms, surface: _surface, sortedWords, typo, ...rest } = index;
  const { postingDocs, postingFields, postingWeights, ...others } = rest;
  const postingStarts = new Int32Array(postingDocs.length + 1);
  postingDocs.forEach((p, t) => (postingStarts[t + 1] = postingStarts[t]! + p.length));
  const gramLists = [...typo.byTrigram.values()];
  const gramStarts = new Int32Array(gramLists.length + 1);
  gramLists.forEach((list, g) => (gramStarts[g + 1] = gramStarts[g]! + list.length));
  const gramData = new Int32Array(gramStarts[gramLists.length]!);
  gramLists.forEach((list, g) => gramData.set(list, gramStarts[g]!));
  return {
    ...others,
    postingStarts,
    allPostingDocs: joined(postingDocs, new Int32Array(postingStarts.at(-1)!)),
    allPostingFields: joined(postingFields, new Uint16Array(postingStarts.at(-1)!)),
    allPostingWeights: joined(postingWeights, new Float32Array(postingStarts.at(-1)!)),
    termKeys: [...terms.keys()].join(SEPARATOR),
    termNumbers: Int32Array.from(terms.values()),
    words: sortedWords.join(SEPARATOR),
    typoWords: typo.words.join(SEPARATOR),
    grams: [...typo.byTrigram.keys()].join(SEPARATOR),
    gramStarts,
    gramData,
  };
}

/** The lists one after the other in `into`. */
function joined<T extends Int32Array | Uint16Array | Float32Array>(
  lists: readonly T[],
  into: T,
): T {
  let at = 0;
  for (const list of lists) {
    into.set(list as ArrayLike<number>, at);
    at += list.length;
  }
  return into;
}

/** The buffers of a packed index's own arrays (the rest of the index's arrays are listed apart). */
export function packedBuffers(packed: PackedIndex): ArrayBuffer[] {
  const arrays = [
    packed.termNumbers,
    packed.gramStarts,
    packed.gramData,
    packed.postingStarts,
    packed.allPostingDocs,
    packed.allPostingFields,
    packed.allPostingWeights,
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** Lets other requests run between two slices. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

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
  const { postingStarts, allPostingDocs, allPostingFields, allPostingWeights, ...rest } = more;
  const sortedWords = await unpackWords(words);
  const surface = await mapOf(sortedWords, (i) => rest.sortedWordTerms[i]!);
  const terms = await mapOf(await unpackWords(termKeys), (i) => termNumbers[i]!);
  const typoList = shared(await unpackWords(typoWords), sortedWords);
  const byTrigram = await mapOf(await unpackWords(grams), (g) =>
    Array.from(gramData.subarray(gramStarts[g]!, gramStarts[g + 1]!)),
  );
  return {
    ...rest,
    postingDocs: perTerm(
      await ownCopy(allPostingDocs, new Int32Array(allPostingDocs.length)),
      postingStarts,
    ),
    postingFields: perTerm(
      await ownCopy(allPostingFields, new Uint16Array(allPostingFields.length)),
      postingStarts,
    ),
    postingWeights: perTerm(
      await ownCopy(allPostingWeights, new Float32Array(allPostingWeights.length)),
      postingStarts,
    ),
    items,
    terms,
    surface,
    sortedWords,
    typo: { words: typoList, byTrigram },
  };
}

/** `from` copied into `into`, a megabyte or so at a time. */
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
 * Each term's postings, as views on `all` made when read: a search reads the lists of a few
 * terms, and one view per term and array (150 000 at 50 000 items) cost 11 MB of heap and, made
 * or received in one go, 60-100 ms of the main thread. Called with a copy made by this thread:
 * memory the worker thread allocated stays with its allocator's arena, and while the postings
 * (40 MB at 50 000 items) lived in it, the memory freed around them was not given back. Copied a
 * piece at a time: a copy in one go coincided with 300-340 ms stalls in two probe runs.
 */
function perTerm<T extends Int32Array | Uint16Array | Float32Array>(
  all: T,
  starts: Int32Array,
): readonly T[] {
  const count = starts.length - 1;
  const term = (key: string | symbol) => {
    const t = typeof key === 'string' ? Number(key) : NaN;
    return Number.isInteger(t) && t >= 0 && t < count ? t : -1;
  };
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      const t = term(key);
      if (t >= 0) return all.subarray(starts[t]!, starts[t + 1]!);
      return key === 'length' ? count : Reflect.get(target, key, receiver);
    },
    has: (target, key) => term(key) >= 0 || Reflect.has(target, key),
  });
}

/**
 * The typo list holds the indexed words and a few synonyms, sorted as `sortedWords` is: each
 * word that is in both is taken from `sortedWords`, so the two lists share the string.
 */
function shared(typoWords: string[], sortedWords: readonly string[]): string[] {
  let j = 0;
  return typoWords.map((word) => {
    while (j < sortedWords.length && sortedWords[j]! < word) j++;
    return sortedWords[j] === word ? sortedWords[j]! : word;
  });
}
