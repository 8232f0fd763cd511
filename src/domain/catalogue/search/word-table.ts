// The hot loop of building the index: finding the term number of every word of every text.
// Cutting each word out of the text (a new string) and looking it up in a Map cost most of the
// build. WordTable hashes the letters in place and compares them with the stored word, so a word
// seen before costs no new string. Only new words, words with non-ASCII letters (é, ë) and the
// joined form of hyphenated words go the slow way through scanWords' rules.

import { fold } from './tokenize';

/** Words (folded) → numbers, looked up straight from a place in a text. */
export class WordTable {
  private slots = new Int32Array(1 << 14); // entry + 1; 0 is empty
  private readonly words: string[] = [];
  private readonly values: number[] = [];
  private readonly hashes: number[] = [];

  /** `resolve` gives the number for a word the table has not seen yet. */
  constructor(private readonly resolve: (word: string) => number) {}

  get size(): number {
    return this.words.length;
  }

  entries(): [string, number][] {
    return this.words.map((w, i) => [w, this.values[i]!]);
  }

  /** The number of a folded word. */
  get(word: string): number {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return this.insert(word, h);
      if (this.hashes[e] === h && this.words[e] === word) return this.values[e]!;
    }
  }

  /**
   * The number of text[start, end), a word of ASCII letters and digits, lower-cased on the fly;
   * `hash` is its hash as `get` computes it on the lower-case word.
   */
  getAscii(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return this.insert(text.slice(start, end).toLowerCase(), hash);
      if (this.hashes[e] !== hash) continue;
      const word = this.words[e]!;
      if (word.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        let c = text.charCodeAt(start + i);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== word.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return this.values[e]!;
    }
  }

  private insert(word: string, hash: number): number {
    const value = this.resolve(word);
    const e = this.words.length;
    this.words.push(word);
    this.values.push(value);
    this.hashes.push(hash);
    if (this.words.length * 2 > this.slots.length) this.rehash();
    else this.place(e);
    return value;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[e]! & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.words.length; e++) this.place(e);
  }
}

const isJoiner = (code: number) => code === 45 || code === 39 || code === 0x2019;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Calls `emit` with the number of every word of `text`, by the same rules as scanWords (parts of
 * a hyphenated word, then its joined form; one-letter words left out).
 */
export function scanWordNumbers(text: string, table: WordTable, emit: (value: number) => void) {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    const firstAscii = (first >= 48 && first <= 57) || ((first | 32) >= 97 && (first | 32) <= 122);
    if (!firstAscii && !(first >= 128 && LETTER_OR_DIGIT.test(text[i]!))) {
      i++;
      continue;
    }
    let joined: string | null = null;
    for (;;) {
      const partStart = i;
      let hash = 0;
      let ascii = true;
      let digit = false;
      for (; i < n; i++) {
        let c = text.charCodeAt(i);
        if (c >= 128) {
          if (!WORD_CHAR.test(text[i]!)) break;
          ascii = false;
        } else if (c >= 97 && c <= 122) {
          // a-z
        } else if (c >= 65 && c <= 90) {
          c += 32;
        } else if (c >= 48 && c <= 57) {
          digit = true;
        } else break;
        hash = (Math.imul(hash, 31) + c) | 0;
      }
      let more = false;
      if (i + 1 < n && isJoiner(text.charCodeAt(i))) {
        const c = text.charCodeAt(i + 1);
        more =
          (c >= 48 && c <= 57) ||
          ((c | 32) >= 97 && (c | 32) <= 122) ||
          (c >= 128 && LETTER_OR_DIGIT.test(text[i + 1]!));
      }
      const length = i - partStart;
      if (length > 1 || digit || !ascii) {
        if (ascii) {
          emit(table.getAscii(text, partStart, i, hash));
        } else {
          const word = fold(text.slice(partStart, i));
          if (word.length > 1 || /[0-9]/.test(word)) emit(table.get(word));
        }
      }
      if (more || joined !== null) {
        const word = ascii
          ? text.slice(partStart, i).toLowerCase()
          : fold(text.slice(partStart, i));
        joined = (joined ?? '') + word;
      }
      if (!more) {
        if (joined !== null) emit(table.get(joined));
        break;
      }
      i++; // the joiner
    }
  }
}
