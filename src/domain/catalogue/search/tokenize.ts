// Splits Dutch text into words for the search index and for queries. Words are folded (lower
// case, no accents: 'Financiën' → 'financien') and keep their place in the original text, so the
// words that matched can be shown with <mark>.

/**
 * Dutch words too common to help a search. Kept short on purpose: words that change the meaning of
 * a phrase a worker types ('geen werk', 'niet rondkomen', 'uit huis', 'zonder baan', 'alleen')
 * are not in it.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set([
  'aan',
  'al',
  'als',
  'bij',
  'dan',
  'dat',
  'de',
  'der',
  'des',
  'deze',
  'die',
  'dit',
  'door',
  'dus',
  'een',
  'en',
  'er',
  'had',
  'heb',
  'hebben',
  'heeft',
  'hem',
  'het',
  'hier',
  'hij',
  'hoe',
  'hun',
  'ik',
  'in',
  'is',
  'je',
  'jij',
  'jou',
  'jouw',
  'kan',
  'kon',
  'maar',
  'me',
  'men',
  'met',
  'mij',
  'mijn',
  'na',
  'naar',
  'nog',
  'of',
  'om',
  'ons',
  'onze',
  'ook',
  'op',
  'over',
  'te',
  'tot',
  'u',
  'uw',
  'van',
  'voor',
  'was',
  'wat',
  'werd',
  'wie',
  'wij',
  'wordt',
  'ze',
  'zich',
  'zij',
  'zijn',
  'zo',
  'zou',
  // 'net' (just) is common; the stem of NEET is 'net' too, so it must not drown that word.
  'net',
]);

export type Token = {
  /** Folded form: lower case, accents removed. */
  word: string;
  /** The word as written, from `start` to `end` in the original text. */
  start: number;
  end: number;
  stop: boolean;
  /**
   * True for the joined form of a word written with a hyphen or apostrophe ('meedoen-regeling' →
   * 'meedoenregeling'), added next to its parts so both spellings find each other.
   */
  joined: boolean;
};

const ASCII_WORD = /^[a-z0-9]*$/;
const MARKS = /\p{M}/gu;

/** Lower case without accents ('Zoë' → 'zoe', 'ĳ' → 'ij'). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/\u0133/g, 'ij')
    .replace(/\u00df/g, 'ss');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Character classes of the characters outside ASCII, looked up once each.
const classCache = new Map<number, number>();
const START = 1;
const INSIDE = 2;

function charClass(code: number): number {
  if (code < 128) {
    // 0-9, A-Z, a-z
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))
      return START | INSIDE;
    return 0;
  }
  let c = classCache.get(code);
  if (c === undefined) {
    const ch = String.fromCharCode(code);
    c = (LETTER_OR_DIGIT.test(ch) ? START : 0) | (WORD_CHAR.test(ch) ? INSIDE : 0);
    classCache.set(code, c);
  }
  return c;
}

function isJoiner(code: number): boolean {
  return code === 45 /* - */ || code === 39 /* ' */ || code === 0x2019; /* ’ */
}

function keep(word: string): boolean {
  // One letter carries no meaning on its own ('s' in "auto's"); a single digit may ('5 euro').
  return word.length > 1 || (word >= '0' && word <= '9');
}

/** Called for each word: folded form, its place in the text, and whether it is a joined form. */
export type WordVisitor = (word: string, start: number, end: number, joined: boolean) => void;

/**
 * Visits the words of a text in order, without building a list (the index uses this). A word with
 * a hyphen or apostrophe gives its parts and then the joined form ('re-integratie' → 're',
 * 'integratie', 'reintegratie').
 */
export function scanWords(text: string, visit: WordVisitor): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!(charClass(text.charCodeAt(i)) & START)) {
      i++;
      continue;
    }
    const wordStart = i;
    let parts = 0;
    let joined = '';
    for (;;) {
      // One part: a letter or digit, then letters, marks and digits.
      const partStart = i;
      let upper = false;
      let ascii = true;
      for (; i < n; i++) {
        const code = text.charCodeAt(i);
        if (code >= 128) {
          if (!(charClass(code) & INSIDE)) break;
          ascii = false;
        } else if (code >= 97 ? code > 122 : !(code >= 48 && code <= 57)) {
          // Not a-z or 0-9: A-Z is part of the word, anything else ends it.
          if (code >= 65 && code <= 90) upper = true;
          else break;
        }
      }
      const raw = text.slice(partStart, i);
      // Most words are plain lower-case ASCII: only the others need folding.
      const word = !ascii ? fold(raw) : upper ? raw.toLowerCase() : raw;
      // Another part follows when a joiner sits between two word characters.
      const more =
        i + 1 < n &&
        isJoiner(text.charCodeAt(i)) &&
        (charClass(text.charCodeAt(i + 1)) & START) !== 0;
      if (parts === 0 && !more) {
        if (keep(word)) visit(word, partStart, i, false);
        break;
      }
      parts++;
      joined += word;
      if (keep(word)) visit(word, partStart, i, false);
      if (!more) {
        visit(joined, wordStart, i, true);
        break;
      }
      i++; // skip the joiner
    }
  }
}

/**
 * The words of a text in order. A word with a hyphen or apostrophe gives its parts and then the
 * joined form ('re-integratie' → 're', 'integratie', 'reintegratie').
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (word, start, end, joined) =>
    tokens.push({ word, start, end, stop: !joined && DUTCH_STOP_WORDS.has(word), joined }),
  );
  return tokens;
}
