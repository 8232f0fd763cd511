// The Snowball Dutch stemmer (the classic algorithm by Martin Porter, the one PostgreSQL's
// `dutch_stem` uses; Snowball 3 renamed it `dutch_porter`), written out here so that search runs in
// the browser too. Algorithm: https://snowballstem.org/algorithms/dutch/stemmer.html
//
// `searchKey` adds two fixes on top, because the search needs them and Snowball alone gets them
// wrong (ADR 0203):
//  1. Irregular plurals on -eren/-den (kinderen → kind, eieren → ei) come from a small table, also
//     at the end of a compound (pleegkinderen → pleegkind). Snowball gives kinder ≠ kind.
//  2. A double consonant left at the end of the stem is made single (gezinnen → gezinn → gezin,
//     mannen → mann → man). Snowball only undoubles kk, dd and tt.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);

const ACCENTS: Record<string, string> = {
  ä: 'a',
  á: 'a',
  ë: 'e',
  é: 'e',
  ï: 'i',
  í: 'i',
  ö: 'o',
  ó: 'o',
  ü: 'u',
  ú: 'u',
};

/** A vowel in the sense of the algorithm; the marked consonants `I` and `Y` are not vowels. */
function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

/** The character at `i`, or undefined outside the word. */
function at(w: string, i: number): string | undefined {
  return i >= 0 && i < w.length ? w[i] : undefined;
}

function prelude(word: string): string {
  const chars = [...word].map((c) => ACCENTS[c] ?? c);
  if (chars[0] === 'y') chars[0] = 'Y';
  // After a vowel, an `i` followed by a vowel and any `y` become consonants (I, Y).
  let i = 0;
  while (i < chars.length) {
    if (isVowel(chars[i])) {
      const next = chars[i + 1];
      if (next === 'i' && isVowel(chars[i + 2])) {
        chars[i + 1] = 'I';
        i += 3;
        continue;
      }
      if (next === 'y') {
        chars[i + 1] = 'Y';
        i += 2;
        continue;
      }
    }
    i++;
  }
  return chars.join('');
}

/** R1 and R2 start positions (R1 starts at position 3 at the earliest). */
function markRegions(w: string): { p1: number; p2: number } {
  const n = w.length;
  if (n < 3) return { p1: n, p2: n };
  const afterVowelThenConsonant = (from: number): number => {
    let i = from;
    while (i < n && !isVowel(w[i])) i++;
    if (i >= n) return -1;
    i++;
    while (i < n && isVowel(w[i])) i++;
    if (i >= n) return -1;
    return i + 1;
  };
  const r1 = afterVowelThenConsonant(0);
  if (r1 < 0) return { p1: n, p2: n };
  const r2 = afterVowelThenConsonant(r1);
  return { p1: Math.max(r1, 3), p2: r2 < 0 ? n : r2 };
}

function undouble(w: string): string {
  return /(kk|dd|tt)$/.test(w) ? w.slice(0, -1) : w;
}

/** Deletes the -en/-ene ending that starts at `start`, if allowed; null when not allowed. */
function enEnding(w: string, start: number, p1: number): string | null {
  if (start < p1) return null;
  const before = at(w, start - 1);
  if (before === undefined || isVowel(before)) return null;
  if (w.slice(0, start).endsWith('gem')) return null;
  return undouble(w.slice(0, start));
}

function eEnding(w: string, p1: number): { word: string; removed: boolean } {
  const start = w.length - 1;
  if (w[start] !== 'e' || start < p1) return { word: w, removed: false };
  const before = at(w, start - 1);
  if (before === undefined || isVowel(before)) return { word: w, removed: false };
  return { word: undouble(w.slice(0, start)), removed: true };
}

function standardSuffix(input: string, p1: number, p2: number): string {
  let w = input;

  // Step 1: heden, en/ene, s/se (the longest suffix decides).
  if (w.endsWith('heden')) {
    if (w.length - 5 >= p1) w = `${w.slice(0, -5)}heid`;
  } else if (w.endsWith('ene') || w.endsWith('en')) {
    const start = w.length - (w.endsWith('ene') ? 3 : 2);
    w = enEnding(w, start, p1) ?? w;
  } else if (w.endsWith('se') || w.endsWith('s')) {
    const start = w.length - (w.endsWith('se') ? 2 : 1);
    const before = at(w, start - 1);
    if (start >= p1 && before !== undefined && !isVowel(before) && before !== 'j') {
      w = w.slice(0, start);
    }
  }

  // Step 2: a final e after a consonant.
  const step2 = eEnding(w, p1);
  w = step2.word;
  let eFound = step2.removed;

  // Step 3a: heid (not after c), and then an -en before it.
  if (w.endsWith('heid')) {
    const start = w.length - 4;
    if (start >= p2 && at(w, start - 1) !== 'c') {
      w = w.slice(0, start);
      if (w.endsWith('en')) w = enEnding(w, w.length - 2, p1) ?? w;
    }
  }

  // Step 3b: derivational suffixes (the longest suffix decides).
  if (w.endsWith('end') || w.endsWith('ing')) {
    const start = w.length - 3;
    if (start >= p2) {
      w = w.slice(0, start);
      if (w.endsWith('ig') && w.length - 2 >= p2 && at(w, w.length - 3) !== 'e') {
        w = w.slice(0, -2);
      } else {
        w = undouble(w);
      }
    }
  } else if (w.endsWith('ig')) {
    const start = w.length - 2;
    if (start >= p2 && at(w, start - 1) !== 'e') w = w.slice(0, start);
  } else if (w.endsWith('lijk')) {
    const start = w.length - 4;
    if (start >= p2) {
      const again = eEnding(w.slice(0, start), p1);
      w = again.word;
      eFound = again.removed;
    }
  } else if (w.endsWith('baar')) {
    const start = w.length - 4;
    if (start >= p2) w = w.slice(0, start);
  } else if (w.endsWith('bar')) {
    const start = w.length - 3;
    if (start >= p2 && eFound) w = w.slice(0, start);
  }

  // Step 4: undouble a vowel in a final consonant-vowel-vowel-consonant (maan → man).
  const n = w.length;
  const last = at(w, n - 1);
  const v1 = at(w, n - 2);
  const v2 = at(w, n - 3);
  const c = at(w, n - 4);
  if (
    last !== undefined &&
    !isVowel(last) &&
    last !== 'I' &&
    v1 !== undefined &&
    v1 === v2 &&
    'aeou'.includes(v1) &&
    c !== undefined &&
    !isVowel(c)
  ) {
    w = w.slice(0, n - 2) + last;
  }
  return w;
}

/**
 * The Snowball Dutch stem of one lower-case word, exactly as the published algorithm gives it
 * (kinderen → kinder, gezinnen → gezinn, schulden → schuld).
 */
export function snowballDutchStem(word: string): string {
  const w = prelude(word);
  const { p1, p2 } = markRegions(w);
  return standardSuffix(w, p1, p2).replace(/I/g, 'i').replace(/Y/g, 'y');
}

/**
 * Plurals (and other forms) the stemmer cannot bring back to the singular: the form as the word
 * ends, and what to put in its place. Also used at the end of compounds (pleegkinderen).
 */
export const IRREGULAR_FORMS: readonly (readonly [form: string, singular: string])[] = [
  ['kinderen', 'kind'],
  ['kindertjes', 'kind'],
  ['eieren', 'ei'],
  ['kalveren', 'kalf'],
  ['lammeren', 'lam'],
  ['runderen', 'rund'],
  ['liederen', 'lied'],
  ['bladeren', 'blad'],
  ['goederen', 'goed'],
  ['volkeren', 'volk'],
];

const CONSONANT_PAIR = /([b-df-hj-np-tv-z])\1$/;

/** Replaces an irregular form at the end of a word by its singular (kinderen → kind). */
export function singularOfIrregular(word: string): string {
  for (const [form, singular] of IRREGULAR_FORMS) {
    // The whole word, or a compound that ends in the form (pleegkinderen), not any word that just
    // happens to end in the same letters (the form must leave at least three letters before it).
    if (word === form) return singular;
    if (word.length >= form.length + 3 && word.endsWith(form))
      return word.slice(0, -form.length) + singular;
  }
  return word;
}

/**
 * The key a word is indexed and searched under: the Snowball stem of the word, with the two fixes
 * described at the top of this file. Expects a folded word (lower case, no accents).
 */
export function searchKey(word: string): string {
  const stem = snowballDutchStem(singularOfIrregular(word));
  return stem.length > 2 && CONSONANT_PAIR.test(stem) ? stem.slice(0, -1) : stem;
}
