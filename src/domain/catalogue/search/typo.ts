// Typo tolerance: finds the words of the index vocabulary within a small edit distance of a query
// word. Candidates come from a trigram → word map (a word with d edits keeps all but at most 3·d of
// its trigrams), and are then checked with the Damerau–Levenshtein distance (optimal string
// alignment: insert, delete, replace, or swap two neighbouring letters, each counts 1).

/** The most edits allowed for a query word: 1 from 4 letters, 2 from 8 letters; short words none. */
export function maxTypoDistance(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) between a and b, or `max + 1` as soon as
 * it is certain to be larger than `max`.
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[m]!, max + 1);
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

export type TypoIndex = {
  words: readonly string[];
  byTrigram: Map<string, number[]>;
};

/** Builds the trigram map over a list of distinct words. */
export function buildTypoIndex(words: readonly string[]): TypoIndex {
  const byTrigram = new Map<string, number[]>();
  words.forEach((word, w) => {
    for (const gram of new Set(trigrams(word))) {
      let list = byTrigram.get(gram);
      if (!list) byTrigram.set(gram, (list = []));
      list.push(w);
    }
  });
  return { words, byTrigram };
}

/**
 * The words nearest to `query` (all at the smallest distance found, at most `maxDistance`), in
 * the order of the word list. The query itself is not returned.
 */
export function findNear(
  index: TypoIndex,
  query: string,
  maxDistance = maxTypoDistance(query),
): { words: string[]; distance: number } {
  if (maxDistance <= 0) return { words: [], distance: 0 };
  const grams = [...new Set(trigrams(query))];
  const needed = Math.max(1, grams.length - 3 * maxDistance);
  const shared = new Map<number, number>();
  for (const gram of grams) {
    for (const w of index.byTrigram.get(gram) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
  }
  let best = maxDistance + 1;
  let found: number[] = [];
  for (const [w, count] of shared) {
    if (count < needed) continue;
    const word = index.words[w]!;
    if (word === query) continue;
    const d = damerauLevenshtein(query, word, Math.min(best, maxDistance));
    if (d < best) {
      best = d;
      found = [w];
    } else if (d === best && d <= maxDistance) {
      found.push(w);
    }
  }
  if (best > maxDistance) return { words: [], distance: 0 };
  found.sort((x, y) => x - y);
  return { words: found.map((w) => index.words[w]!), distance: best };
}
