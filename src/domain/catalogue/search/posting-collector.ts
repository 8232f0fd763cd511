// Collecting postings while the index is built: each doc's words become term numbers with the
// fields they occur in and a weighted term frequency, gathered in growing typed arrays.

import { searchKey } from './dutch-stemmer';
import { DUTCH_STOP_WORDS, scanWords } from './tokenize';
import { scanWordNumbers, WordTable } from './word-table';

function saturate(tf: number): number {
  // 1 for one occurrence, rising slowly to 1.5: repeating a word helps a little, not much.
  return (1.5 * tf) / (tf + 0.5);
}

/** A growing list of postings (term, doc, fields, weight) in typed arrays. */
class PostingBuffer {
  private terms: Int32Array;
  private docs: Int32Array;
  private fields: Uint16Array;
  private weights: Float32Array;
  private length = 0;

  constructor(capacity: number) {
    this.terms = new Int32Array(capacity);
    this.docs = new Int32Array(capacity);
    this.fields = new Uint16Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  push(term: number, doc: number, fields: number, weight: number): void {
    if (this.length === this.terms.length) this.grow();
    const i = this.length++;
    this.terms[i] = term;
    this.docs[i] = doc;
    this.fields[i] = fields;
    this.weights[i] = weight;
  }

  private grow(): void {
    const capacity = this.terms.length * 2;
    const copy = <T extends Int32Array | Uint16Array | Float32Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.terms = copy(this.terms, new Int32Array(capacity));
    this.docs = copy(this.docs, new Int32Array(capacity));
    this.fields = copy(this.fields, new Uint16Array(capacity));
    this.weights = copy(this.weights, new Float32Array(capacity));
  }

  /**
   * The postings per term, as views on three shared arrays. A counting sort by term keeps the
   * order within a term, so each term's docs stay ascending.
   */
  groupByTerm(termCount: number) {
    const n = this.length;
    const start = new Int32Array(termCount + 1);
    for (let i = 0; i < n; i++) start[this.terms[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
    const next = start.slice(0, termCount);
    const docs = new Int32Array(n);
    const fields = new Uint16Array(n);
    const weights = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const at = next[this.terms[i]!]!++;
      docs[at] = this.docs[i]!;
      fields[at] = this.fields[i]!;
      weights[at] = this.weights[i]!;
    }
    return { starts: start, docs, fields, weights };
  }
}

/**
 * Turns the words of one doc at a time into term numbers with their fields and weights, and
 * collects the postings. Kept apart from buildSearchIndex: small methods are optimised far better
 * by the JavaScript engine than closures inside one long function (half the build time).
 */
export class TermCollector {
  /** Search key → term number. */
  readonly terms = new Map<string, number>();
  /** Folded word → term number; stop words → -1. */
  private readonly wordTerm = new WordTable((word) => this.newWord(word));
  readonly flat: PostingBuffer;
  termCount = 0;
  // Scratch space per term, reused for every doc and field.
  private readonly fieldStamp: number[] = [];
  private readonly fieldTf: number[] = [];
  private readonly docStamp: number[] = [];
  private readonly docMask: number[] = [];
  private readonly docWeight: number[] = [];
  // Lists reused for every field and doc, with their own lengths (setting `length = 0` on an
  // array drops its storage).
  private readonly fieldTerms: number[] = [];
  private fieldTermCount = 0;
  private readonly docTerms: number[] = [];
  private docTermCount = 0;
  private stamp = 0;
  private doc = 0;

  constructor(capacity: number) {
    this.flat = new PostingBuffer(capacity);
  }

  termOf(word: string): number {
    return this.wordTerm.get(word);
  }

  private newWord(word: string): number {
    if (DUTCH_STOP_WORDS.has(word)) return -1;
    const key = searchKey(word);
    let t = this.terms.get(key);
    if (t === undefined) {
      t = this.termCount++;
      this.terms.set(key, t);
      this.fieldStamp.push(-1);
      this.fieldTf.push(0);
      this.docStamp.push(-1);
      this.docMask.push(0);
      this.docWeight.push(0);
    }
    return t;
  }

  /** Counts every word of a text in the current field. */
  countText(text: string): void {
    scanWordNumbers(text, this.wordTerm, this.count);
  }

  /** Counts one occurrence of term t in the current field. */
  countTerm(t: number): void {
    if (t < 0) return;
    if (this.fieldStamp[t] !== this.stamp) {
      this.fieldStamp[t] = this.stamp;
      this.fieldTf[t] = 0;
      this.fieldTerms[this.fieldTermCount++] = t;
    }
    this.fieldTf[t]!++;
  }

  private readonly count = (t: number): void => this.countTerm(t);

  startDoc(d: number): void {
    this.doc = d;
    this.docTermCount = 0;
  }

  startField(): void {
    this.stamp++;
    this.fieldTermCount = 0;
  }

  endField(field: number, weight: number): void {
    const d = this.doc;
    for (let k = 0; k < this.fieldTermCount; k++) {
      const t = this.fieldTerms[k]!;
      if (this.docStamp[t] !== d) {
        this.docStamp[t] = d;
        this.docMask[t] = 0;
        this.docWeight[t] = 0;
        this.docTerms[this.docTermCount++] = t;
      }
      this.docMask[t]! |= 1 << field;
      this.docWeight[t]! += weight * saturate(this.fieldTf[t]!);
    }
  }

  endDoc(): void {
    for (let k = 0; k < this.docTermCount; k++) {
      const t = this.docTerms[k]!;
      this.flat.push(t, this.doc, this.docMask[t]!, this.docWeight[t]!);
    }
  }

  /** Every indexed word (folded) → its term number. */
  get surface(): Map<string, number> {
    return new Map(this.wordTerm.entries().filter(([, t]) => t >= 0));
  }
}

/** Offer texts (organisation, gemeente, wijk names), each read into terms once. */
export class OfferStrings {
  private readonly ids = new Map<string, number>();
  private readonly termsOf: number[][] = [];
  private readonly stamp: number[] = [];

  constructor(private readonly collector: TermCollector) {}

  /** Counts the terms of `text` for doc d, once per doc however many offers repeat it. */
  count(text: string, d: number): void {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.termsOf.length;
      this.ids.set(text, id);
      const list: number[] = [];
      scanWords(text, (word) => list.push(this.collector.termOf(word)));
      this.termsOf.push(list);
      this.stamp.push(-1);
    }
    if (this.stamp[id] === d) return;
    this.stamp[id] = d;
    for (const t of this.termsOf[id]!) this.collector.countTerm(t);
  }
}
