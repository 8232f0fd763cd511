// The Wegwijzer search: an in-memory index over catalogue items and local offers (ADR 0203).
// Pure and deterministic: the same items, offers and synonyms give the same index, and the same
// query on it gives the same answer. The index is not changed in place; when the catalogue
// changes the server builds a new one (that takes well under a second for 10 000 items and
// 50 000 offers, see docs/benchmarks-search.md) and swaps it in.

import type { CatalogueItem, LocalOffer } from '../types';
import {
  capitals as capitalOrder,
  phases as phaseOrder,
  povertyTypes as povertyOrder,
} from '../types';
import { searchKey } from './dutch-stemmer';
import { issue, SearchInputError, type SearchIssue } from './search-errors';
import {
  FACETS,
  SEARCH_FIELDS,
  type CatalogueSearchQuery,
  type CatalogueSearchResult,
  type Facet,
  type FacetValue,
  type InterpretedTerm,
  type MatchKind,
  type SearchField,
  type SearchHit,
} from './search-types';
import {
  compileSynonyms,
  findSynonymPhrases,
  type CompiledSynonyms,
  type SynonymsInput,
} from './synonyms';
import { DUTCH_STOP_WORDS, fold, scanWords, tokenize, type Token } from './tokenize';
import { scanWordNumbers, WordTable } from './word-table';
import { buildTypoIndex, findNear, maxTypoDistance, type TypoIndex } from './typo';

// ------------------------------------------------------------------------------ tuning

/** How much a word counts in each field: the name far above the rest, the description lowest. */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  name: 10,
  summary: 4,
  workingElements: 4,
  targetGroups: 4,
  lifeEvents: 3,
  domains: 2,
  providers: 2,
  description: 1,
  offers: 1,
};

/** How much a match counts by how it was found: exact stem > synonym > prefix > typo. */
export const MATCH_FACTORS: Readonly<Record<MatchKind, number>> = {
  exact: 1,
  synonym: 0.6,
  prefix: 0.4,
  typo: 0.3,
};
const TYPO_FACTOR_DISTANCE_2 = 0.2;
/** How much the other alternatives of a query word add to its best one (as in a dis_max query). */
const TIE_BREAKER = 0.1;

const MAX_TEXT_LENGTH = 200;
const MAX_QUERY_TERMS = 16;
const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 20;
const MIN_PREFIX_LENGTH = 3;
const MAX_PREFIX_TERMS = 40;
const MAX_TYPO_TERMS = 10;
/** Fields whose words are shown to the user, so highlights come from these. */
const HIGHLIGHT_FIELDS: readonly SearchField[] = [
  'name',
  'summary',
  'workingElements',
  'providers',
  'description',
];

// ------------------------------------------------------------------------------ the index

type FacetData = {
  values: string[];
  valueIndex: Map<string, number>;
  /** CSR: the values of doc d are data[offsets[d] .. offsets[d + 1]). */
  offsets: Int32Array;
  data: Int32Array;
};

export type SearchIndex = {
  /** Items sorted by id; a doc number is a place in this list. */
  readonly items: readonly CatalogueItem[];
  readonly docById: ReadonlyMap<string, number>;
  /** Doc numbers in name order (folded: lower case, no accents; then id). */
  readonly byName: Int32Array;
  readonly nameRank: Int32Array;
  /** Search key → term number. */
  readonly terms: ReadonlyMap<string, number>;
  readonly postingDocs: readonly Int32Array[];
  /** Per posting: one bit per field of SEARCH_FIELDS the term occurs in. */
  readonly postingFields: readonly Uint16Array[];
  /** Per posting: the weighted, saturated term frequency over the fields. */
  readonly postingWeights: readonly Float32Array[];
  readonly idf: Float64Array;
  /** Every indexed word as folded (lower case, no accents) → term number. */
  readonly surface: ReadonlyMap<string, number>;
  /** The same words sorted, for prefix search, with their term numbers. */
  readonly sortedWords: readonly string[];
  readonly sortedWordTerms: Int32Array;
  readonly typo: TypoIndex;
  readonly synonyms: CompiledSynonyms;
  readonly facets: Readonly<Record<Facet, FacetData>>;
  /**
   * All facet values of a doc in one CSR list, numbered across facets (value v of facet f is
   * `facetStart[f] + v`), so counting a doc is one loop.
   */
  readonly allFacetValues: {
    offsets: Int32Array;
    data: Int32Array;
    facetStart: Record<Facet, number>;
    size: number;
  };
  /** -1 when the item has no age range. */
  readonly ageMin: Int16Array;
  readonly ageMax: Int16Array;
  readonly labels: {
    gemeente: ReadonlyMap<string, string>;
    organisation: ReadonlyMap<string, string>;
  };
  readonly stats: {
    items: number;
    offers: number;
    /** Offers of items not in the index (for example archived ones); left out. */
    skippedOffers: number;
    terms: number;
    postings: number;
  };
};

export type BuildSearchIndexInput = {
  items: readonly CatalogueItem[];
  offers: readonly LocalOffer[];
  synonyms: SynonymsInput;
};

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function validateItems(items: unknown, issues: SearchIssue[]): void {
  if (!Array.isArray(items)) {
    issues.push(issue('items', 'De items moeten een lijst zijn.', 'The items must be a list.'));
    return;
  }
  const seen = new Map<string, number>();
  items.forEach((raw: unknown, i) => {
    const at = `items.${i}`;
    if (typeof raw !== 'object' || raw === null) {
      issues.push(issue(at, 'Dit item is geen object.', 'This item is not an object.'));
      return;
    }
    const item = raw as Record<string, unknown>;
    if (typeof item.id !== 'string' || item.id === '') {
      issues.push(issue(`${at}.id`, 'Het item heeft geen id.', 'The item has no id.'));
    } else if (seen.has(item.id)) {
      issues.push(
        issue(
          `${at}.id`,
          `Het id '${item.id}' komt al voor bij item ${seen.get(item.id)}.`,
          `The id '${item.id}' is already used by item ${seen.get(item.id)}.`,
        ),
      );
    } else {
      seen.set(item.id, i);
    }
    for (const field of ['name', 'summary', 'description', 'kind'] as const) {
      if (typeof item[field] !== 'string')
        issues.push(
          issue(`${at}.${field}`, 'Dit veld moet tekst zijn.', 'This field must be text.'),
        );
    }
    for (const field of [
      'workingElements',
      'targetGroups',
      'phases',
      'povertyTypes',
      'lifeEvents',
      'domains',
      'providers',
    ] as const) {
      if (!isStringArray(item[field]))
        issues.push(
          issue(
            `${at}.${field}`,
            'Dit veld moet een lijst met tekst zijn.',
            'This field must be a list of text.',
          ),
        );
    }
    const caps = item.capitals as { primary?: unknown; secondary?: unknown } | undefined;
    if (!caps || !isStringArray(caps.primary) || !isStringArray(caps.secondary))
      issues.push(
        issue(
          `${at}.capitals`,
          'De kapitalen moeten een lijst primary en een lijst secondary hebben.',
          'The capitals must have a primary and a secondary list.',
        ),
      );
    const evidence = item.evidence as { level?: unknown } | undefined;
    if (!evidence || typeof evidence.level !== 'string')
      issues.push(
        issue(
          `${at}.evidence.level`,
          'Het bewijsniveau ontbreekt.',
          'The evidence level is missing.',
        ),
      );
    const age = item.ageRange as { min?: unknown; max?: unknown } | null | undefined;
    if (
      age !== null &&
      age !== undefined &&
      !(
        Number.isInteger(age.min) &&
        Number.isInteger(age.max) &&
        (age.min as number) >= 0 &&
        (age.min as number) <= (age.max as number) &&
        (age.max as number) <= 120
      )
    )
      issues.push(
        issue(
          `${at}.ageRange`,
          'De leeftijden moeten hele getallen van 0 tot 120 zijn, en min niet hoger dan max.',
          'The ages must be whole numbers from 0 to 120, with min not above max.',
        ),
      );
    if (item.origin === 'local' && typeof item.organisationId !== 'string')
      issues.push(
        issue(
          `${at}.organisationId`,
          'Een lokaal item hoort bij een organisatie.',
          'A local item belongs to an organisation.',
        ),
      );
  });
}

function validateOffers(offers: unknown, issues: SearchIssue[]): void {
  if (!Array.isArray(offers)) {
    issues.push(
      issue('offers', 'Het lokale aanbod moet een lijst zijn.', 'The local offers must be a list.'),
    );
    return;
  }
  offers.forEach((raw: unknown, i) => {
    const at = `offers.${i}`;
    const offer = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    for (const field of ['id', 'organisationId', 'organisationName', 'interventionId'] as const) {
      if (typeof offer[field] !== 'string')
        issues.push(
          issue(`${at}.${field}`, 'Dit veld moet tekst zijn.', 'This field must be text.'),
        );
    }
    const gemeenten = offer.gemeenten;
    if (
      !Array.isArray(gemeenten) ||
      !gemeenten.every(
        (g: unknown) =>
          typeof g === 'object' &&
          g !== null &&
          typeof (g as { code?: unknown }).code === 'string' &&
          typeof (g as { name?: unknown }).name === 'string',
      )
    )
      issues.push(
        issue(
          `${at}.gemeenten`,
          'De gemeenten moeten een lijst met code en naam zijn.',
          'The gemeenten must be a list with code and name.',
        ),
      );
    if (offer.wijk !== null && offer.wijk !== undefined && typeof offer.wijk !== 'string')
      issues.push(issue(`${at}.wijk`, 'De wijk moet tekst zijn.', 'The wijk must be text.'));
  });
}

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
    const postingDocs: Int32Array[] = [];
    const postingFields: Uint16Array[] = [];
    const postingWeights: Float32Array[] = [];
    for (let t = 0; t < termCount; t++) {
      postingDocs.push(docs.subarray(start[t]!, start[t + 1]!));
      postingFields.push(fields.subarray(start[t]!, start[t + 1]!));
      postingWeights.push(weights.subarray(start[t]!, start[t + 1]!));
    }
    return { postingDocs, postingFields, postingWeights };
  }
}

/**
 * Turns the words of one doc at a time into term numbers with their fields and weights, and
 * collects the postings. Kept apart from buildSearchIndex: small methods are optimised far better
 * by the JavaScript engine than closures inside one long function (half the build time).
 */
class TermCollector {
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
class OfferStrings {
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

class FacetBuilder {
  readonly values: string[] = [];
  readonly valueIndex = new Map<string, number>();
  private readonly offsets: number[] = [0];
  private readonly data: number[] = [];

  /** Adds the next doc's values (duplicates are dropped). */
  private readonly stamp: number[] = [];

  add(values: readonly string[]): void {
    const doc = this.offsets.length;
    for (const value of values) {
      let v = this.valueIndex.get(value);
      if (v === undefined) {
        v = this.values.length;
        this.values.push(value);
        this.valueIndex.set(value, v);
        this.stamp.push(-1);
      }
      if (this.stamp[v] !== doc) {
        this.stamp[v] = doc;
        this.data.push(v);
      }
    }
    this.offsets.push(this.data.length);
  }

  build(): FacetData {
    return {
      values: this.values,
      valueIndex: this.valueIndex,
      offsets: Int32Array.from(this.offsets),
      data: Int32Array.from(this.data),
    };
  }
}

/**
 * Builds the search index. Items are indexed in id order and offers in id order, so the order of
 * the input does not change the result. Throws SearchInputError (naming every bad field) before
 * building anything. Offers of items that are not in `items` are left out and counted in
 * `stats.skippedOffers`.
 */
export function buildSearchIndex(input: BuildSearchIndexInput): SearchIndex {
  const issues: SearchIssue[] = [];
  validateItems(input?.items, issues);
  validateOffers(input?.offers, issues);
  let synonyms: CompiledSynonyms | undefined;
  try {
    synonyms = compileSynonyms(input?.synonyms);
  } catch (e) {
    if (e instanceof SearchInputError) issues.push(...e.issues);
    else throw e;
  }
  if (issues.length > 0 || synonyms === undefined) throw new SearchInputError(issues);

  const items = [...input.items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const docById = new Map(items.map((item, d) => [item.id, d]));
  const offers = [...input.offers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = items.length;

  // Offers per doc, in offer id order.
  const offersOfDoc: number[][] = items.map(() => []);
  let skippedOffers = 0;
  offers.forEach((offer, o) => {
    const d = docById.get(offer.interventionId);
    if (d === undefined) skippedOffers++;
    else offersOfDoc[d]!.push(o);
  });
  const gemeenteLabels = new Map<string, string>();
  const organisationLabels = new Map<string, string>();
  for (const offer of offers) {
    if (!docById.has(offer.interventionId)) continue;
    if (!organisationLabels.has(offer.organisationId))
      organisationLabels.set(offer.organisationId, offer.organisationName);
    for (const g of offer.gemeenten)
      if (!gemeenteLabels.has(g.code)) gemeenteLabels.set(g.code, g.name);
  }

  // ---- postings
  const collector = new TermCollector(Math.max(1024, n * 64));
  const offerStrings = new OfferStrings(collector);
  const weights = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f]);
  const OFFERS_FIELD = SEARCH_FIELDS.indexOf('offers');
  const TEXT_FIELDS = SEARCH_FIELDS.filter((f) => f !== 'offers');
  const textFieldBits = TEXT_FIELDS.map((f) => SEARCH_FIELDS.indexOf(f));
  for (let d = 0; d < n; d++) {
    const item = items[d]!;
    collector.startDoc(d);
    for (let f = 0; f < TEXT_FIELDS.length; f++) {
      collector.startField();
      const value = item[TEXT_FIELDS[f]!];
      if (typeof value === 'string') collector.countText(value);
      else for (const text of value) collector.countText(text);
      const field = textFieldBits[f]!;
      collector.endField(field, weights[field]!);
    }
    // The texts of offers repeat a lot (organisation and gemeente names): each is read once.
    collector.startField();
    for (const o of offersOfDoc[d]!) {
      const offer = offers[o]!;
      offerStrings.count(offer.organisationName, d);
      if (offer.wijk) offerStrings.count(offer.wijk, d);
      for (const g of offer.gemeenten) offerStrings.count(g.name, d);
    }
    collector.endField(OFFERS_FIELD, weights[OFFERS_FIELD]!);
    collector.endDoc();
  }
  const { terms, surface, termCount, flat } = collector;
  const { postingDocs, postingFields, postingWeights } = flat.groupByTerm(termCount);
  const idf = new Float64Array(postingDocs.length);
  let postings = 0;
  postingDocs.forEach((p, t) => {
    postings += p.length;
    idf[t] = Math.log(1 + (n - p.length + 0.5) / (p.length + 0.5));
  });

  const sortedWords = [...surface.keys()].sort();
  const sortedWordTerms = Int32Array.from(sortedWords, (w) => surface.get(w)!);

  // ---- facets and filters
  const builders = Object.fromEntries(FACETS.map((f) => [f, new FacetBuilder()])) as Record<
    Facet,
    FacetBuilder
  >;
  const ageMin = new Int16Array(n);
  const ageMax = new Int16Array(n);
  items.forEach((item, d) => {
    builders.capital.add([...item.capitals.primary, ...item.capitals.secondary]);
    builders.targetGroup.add(item.targetGroups);
    builders.phase.add(item.phases);
    builders.povertyType.add(item.povertyTypes);
    builders.lifeEvent.add(item.lifeEvents);
    builders.evidenceLevel.add([item.evidence.level]);
    const codes: string[] = [];
    const orgs: string[] = [];
    for (const o of offersOfDoc[d]!) {
      const offer = offers[o]!;
      orgs.push(offer.organisationId);
      for (const g of offer.gemeenten) codes.push(g.code);
    }
    if (item.origin === 'local' && item.organisationId) orgs.push(item.organisationId);
    builders.gemeente.add(codes);
    builders.organisation.add(orgs);
    builders.kind.add([item.kind]);
    ageMin[d] = item.ageRange ? item.ageRange.min : -1;
    ageMax[d] = item.ageRange ? item.ageRange.max : -1;
  });
  const facets = Object.fromEntries(FACETS.map((f) => [f, builders[f].build()])) as Record<
    Facet,
    FacetData
  >;
  const facetStart = {} as Record<Facet, number>;
  let size = 0;
  for (const f of FACETS) {
    facetStart[f] = size;
    size += facets[f].values.length;
  }
  const allOffsets = new Int32Array(n + 1);
  const allData = new Int32Array(FACETS.reduce((sum, f) => sum + facets[f].data.length, 0));
  let filled = 0;
  for (let d = 0; d < n; d++) {
    allOffsets[d] = filled;
    for (const f of FACETS) {
      const { offsets, data } = facets[f];
      for (let i = offsets[d]!; i < offsets[d + 1]!; i++)
        allData[filled++] = facetStart[f] + data[i]!;
    }
  }
  allOffsets[n] = filled;

  // ---- name order
  // Folded names compared code by code: the same order in every browser and Node version
  // (Intl collation depends on the ICU version), and much faster.
  const nameKeys = items.map((item) => fold(item.name));
  const byName = Int32Array.from(
    [...items.keys()].sort((a, b) => {
      const x = nameKeys[a]!;
      const y = nameKeys[b]!;
      return x < y ? -1 : x > y ? 1 : a - b; // a - b: id order
    }),
  );
  const nameRank = new Int32Array(n);
  byName.forEach((d, rank) => (nameRank[d] = rank));

  return {
    items,
    docById,
    byName,
    nameRank,
    terms,
    postingDocs,
    postingFields,
    postingWeights,
    idf,
    surface,
    sortedWords,
    sortedWordTerms,
    // Typed synonyms are in the typo list too, so 'geldzorgn' is read as the synonym 'geldzorgen'
    // even when no item uses that word.
    typo: buildTypoIndex([...new Set([...sortedWords, ...singleWordSynonyms(synonyms)])].sort()),
    synonyms,
    facets,
    allFacetValues: { offsets: allOffsets, data: allData, facetStart, size },
    ageMin,
    ageMax,
    labels: { gemeente: gemeenteLabels, organisation: organisationLabels },
    stats: {
      items: n,
      offers: offers.length - skippedOffers,
      skippedOffers,
      terms: postingDocs.length,
      postings,
    },
  };
}

// ------------------------------------------------------------------------------ the query

type Alternative = {
  terms: number[];
  /** Per term: its idf, capped (see parseText) and divided by the number of terms. */
  idf: number[];
  factor: number;
  kind: MatchKind;
};
type Concept = { interpreted: InterpretedTerm; alternatives: Alternative[] };

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
    .sort((a, b) => index.postingDocs[b]!.length - index.postingDocs[a]!.length || a - b)
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
function singleWordSynonyms(synonyms: CompiledSynonyms): string[] {
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
function parseText(index: SearchIndex, text: string): Concept[] {
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
    const own = tokens.slice(i, to);
    const ownCorrections = phrase ? [...corrected].filter(([k]) => k >= i && k < to) : [];
    if (phrase) p++;
    const from = i;
    i = to;
    if (!phrase && own[0]!.stop) continue;

    const alternatives: Alternative[] = [];
    const interpreted: InterpretedTerm = {
      text: text.slice(own[0]!.start, own[own.length - 1]!.end),
      synonyms: [],
      corrections: [],
      matched: false,
    };
    const ownKeys = own.filter((t) => !t.stop).map((t) => searchKey(t.word));
    const ownTerms = ownKeys.map((k) => index.terms.get(k));
    if (ownTerms.length > 0 && ownTerms.every((t) => t !== undefined))
      alternatives.push({
        terms: [...new Set(ownTerms as number[])],
        factor: MATCH_FACTORS.exact,
        kind: 'exact',
        idf: [],
      });

    if (own.length === 1) {
      const word = own[0]!.word;
      const key = ownKeys[0] ?? searchKey(word);
      const exact = index.terms.get(key);
      const prefixes = key.length >= 4 && key !== word ? [word, key] : [word];
      for (const t of prefixTerms(index, prefixes, exact))
        alternatives.push({ terms: [t], idf: [], factor: MATCH_FACTORS.prefix, kind: 'prefix' });
      if (exact === undefined && !phrase) {
        const nearby = nearOf(from);
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
    }
    if (phrase && ownCorrections.length > 0) {
      // The phrase as corrected, and its synonyms, count as typo matches.
      const fixed = phraseKeys
        .slice(from, to)
        .filter((_, k) => !own[k]!.stop)
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
    if (phrase)
      addExpansions(
        index,
        phrase.group,
        MATCH_FACTORS.synonym * (ownCorrections.length > 0 ? MATCH_FACTORS.typo : 1),
        alternatives,
        interpreted,
      );
    // A synonym, prefix or typo never weighs more than the word as typed: its idf is capped at
    // that of the typed word(s), so rarer expansions cannot jump over exact matches. Terms of a
    // multi-word alternative count as their mean, so a phrase weighs like one word.
    const cap = Math.max(
      ...ownTerms.filter((t) => t !== undefined).map((t) => index.idf[t]!),
      ownTerms.some((t) => t !== undefined) ? 0 : Infinity,
    );
    for (const alt of alternatives)
      alt.idf = alt.terms.map((t) => Math.min(index.idf[t]!, cap) / alt.terms.length);
    concepts.push({ interpreted, alternatives });
  }
  return concepts;
}

/** Position of doc d in the postings of term t, or -1. */
function postingOf(index: SearchIndex, t: number, d: number): number {
  const docs = index.postingDocs[t]!;
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = docs[mid]!;
    if (v === d) return mid;
    if (v < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The fields (bit mask) in which doc d has all terms of the alternative; 0 when it has not. */
function alternativeFields(index: SearchIndex, alt: Alternative, d: number): number {
  let mask = 0xffff;
  for (const t of alt.terms) {
    const p = postingOf(index, t, d);
    if (p < 0) return 0;
    mask &= index.postingFields[t]![p]!;
  }
  return mask;
}

type Scratch = {
  best: Float64Array;
  sum: Float64Array;
  andMask: Uint16Array;
  andSum: Float64Array;
  andCount: Uint8Array;
};

/**
 * Scores every doc: per concept the best alternative plus a little (TIE_BREAKER) of the others, so
 * an item that matches several synonyms of a word ranks above one that matches one; summed over the
 * concepts. Also counts how many concepts each doc matched.
 */
function scoreConcepts(
  index: SearchIndex,
  concepts: Concept[],
): { score: Float64Array; coverage: Uint8Array; matched: number[] } {
  const n = index.items.length;
  const score = new Float64Array(n);
  const coverage = new Uint8Array(n);
  const matched: number[] = [];
  const s: Scratch = {
    best: new Float64Array(n),
    sum: new Float64Array(n),
    andMask: new Uint16Array(n),
    andSum: new Float64Array(n),
    andCount: new Uint8Array(n),
  };
  const touched: number[] = [];
  const andTouched: number[] = [];
  const best = s.best;
  const sum = s.sum;
  for (const concept of concepts) {
    touched.length = 0;
    for (const alt of concept.alternatives) {
      if (alt.terms.length === 1) {
        const t = alt.terms[0]!;
        const docs = index.postingDocs[t]!;
        const weights = index.postingWeights[t]!;
        const base = alt.factor * alt.idf[0]!;
        for (let p = 0; p < docs.length; p++) {
          const d = docs[p]!;
          const value = base * weights[p]!;
          if (best[d] === 0) touched.push(d);
          if (value > best[d]!) best[d] = value;
          sum[d]! += value;
        }
        continue;
      }
      // Every term of the alternative in one and the same field.
      andTouched.length = 0;
      alt.terms.forEach((t, k) => {
        const docs = index.postingDocs[t]!;
        const fields = index.postingFields[t]!;
        const weights = index.postingWeights[t]!;
        const base = alt.factor * alt.idf[k]!;
        for (let p = 0; p < docs.length; p++) {
          const d = docs[p]!;
          if (k === 0) {
            s.andMask[d] = fields[p]!;
            s.andSum[d] = base * weights[p]!;
            s.andCount[d] = 1;
            andTouched.push(d);
          } else if (s.andCount[d] === k) {
            s.andMask[d]! &= fields[p]!;
            s.andSum[d]! += base * weights[p]!;
            s.andCount[d] = k + 1;
          }
        }
      });
      for (const d of andTouched) {
        if (s.andCount[d] === alt.terms.length && s.andMask[d] !== 0) {
          if (best[d] === 0) touched.push(d);
          if (s.andSum[d]! > best[d]!) best[d] = s.andSum[d]!;
          sum[d]! += s.andSum[d]!;
        }
        s.andCount[d] = 0;
      }
    }
    if (touched.length > 0) concept.interpreted.matched = true;
    for (const d of touched) {
      if (coverage[d] === 0) matched.push(d);
      coverage[d]!++;
      score[d]! += best[d]! + TIE_BREAKER * (sum[d]! - best[d]!);
      best[d] = 0;
      sum[d] = 0;
    }
  }
  return { score, coverage, matched };
}

// ---- query checks

const LIST_FIELDS = [
  'capitals',
  'targetGroups',
  'phases',
  'povertyTypes',
  'lifeEvents',
  'evidenceLevels',
  'kinds',
  'gemeenten',
  'organisations',
  'nearMe',
  'viewerGemeenten',
] as const;

function validateQuery(query: CatalogueSearchQuery): SearchIssue[] {
  const issues: SearchIssue[] = [];
  if (typeof query !== 'object' || query === null)
    return [issue('(root)', 'De zoekvraag ontbreekt.', 'The search query is missing.')];
  if (query.text !== undefined) {
    if (typeof query.text !== 'string')
      issues.push(issue('text', 'De zoektekst moet tekst zijn.', 'The search text must be text.'));
    else if (query.text.length > MAX_TEXT_LENGTH)
      issues.push(
        issue(
          'text',
          `De zoektekst is te lang: hooguit ${MAX_TEXT_LENGTH} tekens.`,
          `The search text is too long: at most ${MAX_TEXT_LENGTH} characters.`,
        ),
      );
  }
  for (const field of LIST_FIELDS) {
    const v = query[field];
    if (v !== undefined && !isStringArray(v))
      issues.push(
        issue(field, 'Dit moet een lijst met tekst zijn.', 'This must be a list of text.'),
      );
  }
  if (
    query.age !== undefined &&
    !(Number.isInteger(query.age) && query.age >= 0 && query.age <= 120)
  )
    issues.push(
      issue(
        'age',
        'De leeftijd moet een heel getal van 0 tot 120 zijn.',
        'The age must be a whole number from 0 to 120.',
      ),
    );
  if (query.page !== undefined && !(Number.isInteger(query.page) && query.page >= 1))
    issues.push(
      issue(
        'page',
        'De pagina moet een heel getal vanaf 1 zijn.',
        'The page must be a whole number from 1.',
      ),
    );
  if (
    query.perPage !== undefined &&
    !(Number.isInteger(query.perPage) && query.perPage >= 1 && query.perPage <= MAX_PER_PAGE)
  )
    issues.push(
      issue(
        'perPage',
        `Het aantal per pagina moet een heel getal van 1 tot ${MAX_PER_PAGE} zijn.`,
        `The number per page must be a whole number from 1 to ${MAX_PER_PAGE}.`,
      ),
    );
  if (query.sort !== undefined && query.sort !== 'relevance' && query.sort !== 'name')
    issues.push(
      issue('sort', "Sorteer op 'relevance' of 'name'.", "Sort by 'relevance' or 'name'."),
    );
  return issues;
}

// ---- filters

type ListFilter = { facet: Facet | null; data: FacetData; selected: Uint8Array };

function listFilter(
  data: FacetData,
  facet: Facet | null,
  values: string[] | undefined,
): ListFilter | null {
  if (!values || values.length === 0) return null;
  const selected = new Uint8Array(data.values.length);
  for (const value of values) {
    const v = data.valueIndex.get(value);
    if (v !== undefined) selected[v] = 1;
  }
  return { facet, data, selected };
}

function hasSelected(filter: ListFilter, d: number): boolean {
  const { offsets, data } = filter.data;
  for (let i = offsets[d]!; i < offsets[d + 1]!; i++) if (filter.selected[data[i]!]) return true;
  return false;
}

const CANONICAL_ORDER: Partial<Record<Facet, readonly string[]>> = {
  capital: capitalOrder,
  phase: phaseOrder,
  povertyType: povertyOrder,
};

function facetValues(
  index: SearchIndex,
  facet: Facet,
  counts: Int32Array,
  selected: readonly string[] | undefined,
): FacetValue[] {
  const data = index.facets[facet];
  const out: FacetValue[] = [];
  const listed = new Set<string>();
  const label = (value: string): string | undefined =>
    facet === 'gemeente'
      ? index.labels.gemeente.get(value)
      : facet === 'organisation'
        ? index.labels.organisation.get(value)
        : undefined;
  const push = (value: string, count: number) => {
    const name = label(value);
    out.push(name === undefined ? { value, count } : { value, count, label: name });
    listed.add(value);
  };
  data.values.forEach((value, v) => {
    if (counts[v]! > 0) push(value, counts[v]!);
  });
  // A chosen value stays in the list with its count (maybe 0), so it can be switched off.
  for (const value of selected ?? []) {
    if (listed.has(value)) continue;
    const v = data.valueIndex.get(value);
    push(value, v === undefined ? 0 : counts[v]!);
  }
  const order = CANONICAL_ORDER[facet];
  if (order) {
    const rank = (value: string) => {
      const r = order.indexOf(value);
      return r < 0 ? order.length : r;
    };
    out.sort((a, b) => rank(a.value) - rank(b.value) || (a.value < b.value ? -1 : 1));
  } else {
    out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return out;
}

/**
 * Searches the index: text (stemmed, with synonyms, prefixes and typos), filters, live facet
 * counts, a page of hits with highlights. Throws SearchInputError naming the bad field.
 */
export function search(index: SearchIndex, query: CatalogueSearchQuery): CatalogueSearchResult {
  const issues = validateQuery(query);
  if (issues.length > 0) throw new SearchInputError(issues);
  const n = index.items.length;
  const page = query.page ?? 1;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;

  // ---- text
  const concepts = query.text ? parseText(index, query.text) : [];
  const hasText = concepts.length > 0;
  let candidates: ArrayLike<number>;
  let score: Float64Array | null = null;
  let coverage: Uint8Array | null = null;
  if (hasText) {
    const scored = scoreConcepts(index, concepts);
    score = scored.score;
    coverage = scored.coverage;
    candidates = scored.matched;
  } else {
    candidates = index.byName;
  }

  // ---- filters: one bit each; a doc that fails exactly one still counts for that one's facet
  const listFilters: ListFilter[] = [];
  const addList = (facet: Facet, values: string[] | undefined) => {
    const f = listFilter(index.facets[facet], facet, values);
    if (f) listFilters.push(f);
  };
  addList('capital', query.capitals);
  addList('targetGroup', query.targetGroups);
  addList('phase', query.phases);
  addList('povertyType', query.povertyTypes);
  addList('lifeEvent', query.lifeEvents);
  addList('evidenceLevel', query.evidenceLevels);
  addList('kind', query.kinds);
  addList('gemeente', query.gemeenten);
  addList('organisation', query.organisations);
  const nearFilter = listFilter(index.facets.gemeente, null, query.nearMe);
  const nearCount = listFilter(
    index.facets.gemeente,
    null,
    query.viewerGemeenten && query.viewerGemeenten.length > 0
      ? query.viewerGemeenten
      : query.nearMe,
  );
  const nearBit = nearFilter ? 1 << listFilters.length : 0;
  if (nearFilter) listFilters.push(nearFilter);
  const ageBit = query.age !== undefined ? 1 << listFilters.length : 0;
  const age = query.age ?? 0;

  const all = index.allFacetValues;
  const counts = new Int32Array(all.size);
  const facetOfBit: (Facet | null)[] = listFilters.map((f) => f.facet);
  const filterCount = listFilters.length;

  const pass = new Uint8Array(n);
  const hits: number[] = [];
  let nearMeCount = 0;
  for (let c = 0; c < candidates.length; c++) {
    const d = candidates[c]!;
    let fail = 0;
    let fails = 0;
    for (let b = 0; b < filterCount && fails < 2; b++) {
      if (!hasSelected(listFilters[b]!, d)) {
        fail |= 1 << b;
        fails++;
      }
    }
    if (ageBit && fails < 2) {
      const lo = index.ageMin[d]!;
      if (lo >= 0 && (age < lo || age > index.ageMax[d]!)) {
        fail |= ageBit;
        fails++;
      }
    }
    if (fails === 0) {
      pass[d] = 1;
      hits.push(d);
      for (let i = all.offsets[d]!, end = all.offsets[d + 1]!; i < end; i++)
        counts[all.data[i]!]!++;
      if (nearCount && (nearBit || hasSelected(nearCount, d))) nearMeCount++;
    } else if (fails === 1 && fail !== ageBit && fail !== nearBit) {
      // Fails only this facet's own filter: counts for that facet (disjunctive facets).
      const facet = facetOfBit[31 - Math.clz32(fail)];
      if (facet) {
        const { offsets, data } = index.facets[facet];
        const start = all.facetStart[facet];
        for (let i = offsets[d]!; i < offsets[d + 1]!; i++) counts[start + data[i]!]!++;
      }
    }
  }

  // ---- order and page
  let ordered: number[];
  if (query.sort === 'name' || !hasText) {
    ordered = [];
    for (let r = 0; r < n; r++) {
      const d = index.byName[r]!;
      if (pass[d]) ordered.push(d);
    }
  } else {
    const sc = score!;
    const cov = coverage!;
    const rank = index.nameRank;
    // Only the docs up to this page need an order; the rest only count.
    ordered = firstInOrder(
      hits,
      page * perPage,
      (a, b) => cov[b]! - cov[a]! || sc[b]! - sc[a]! || rank[a]! - rank[b]!,
    );
  }
  const pageDocs = ordered.slice((page - 1) * perPage, page * perPage);

  const items: SearchHit[] = pageDocs.map((d) => hitOf(index, d, concepts, score ? score[d]! : 0));

  const selectedOf: Record<Facet, string[] | undefined> = {
    capital: query.capitals,
    targetGroup: query.targetGroups,
    phase: query.phases,
    povertyType: query.povertyTypes,
    lifeEvent: query.lifeEvents,
    evidenceLevel: query.evidenceLevels,
    gemeente: query.gemeenten,
    organisation: query.organisations,
    kind: query.kinds,
  };
  const facets = Object.fromEntries(
    FACETS.map((f) => [
      f,
      facetValues(
        index,
        f,
        counts.subarray(all.facetStart[f], all.facetStart[f] + index.facets[f].values.length),
        selectedOf[f],
      ),
    ]),
  ) as Record<Facet, FacetValue[]>;

  return {
    total: hits.length,
    page,
    perPage,
    items,
    facets: { ...facets, nearMe: nearCount ? [{ value: 'ja', count: nearMeCount }] : [] },
    terms: concepts.map((c) => c.interpreted),
  };
}

function hitOf(index: SearchIndex, d: number, concepts: Concept[], score: number): SearchHit {
  const item = index.items[d]!;
  if (concepts.length === 0) return { id: item.id, score: 0, highlights: [], matchedFields: [] };
  const matchedTerms = new Set<number>();
  let fields = 0;
  for (const concept of concepts) {
    for (const alt of concept.alternatives) {
      const mask = alternativeFields(index, alt, d);
      if (mask === 0) continue;
      fields |= mask;
      for (const t of alt.terms) matchedTerms.add(t);
    }
  }
  const texts: Record<string, string> = {
    name: item.name,
    summary: item.summary,
    workingElements: item.workingElements.join('\n'),
    providers: item.providers.join('\n'),
    description: item.description,
  };
  const highlights: string[] = [];
  const seen = new Set<string>();
  for (const field of HIGHLIGHT_FIELDS) {
    // The postings say in which fields the terms matched; only those need reading.
    if ((fields & (1 << SEARCH_FIELDS.indexOf(field))) === 0) continue;
    const text = texts[field]!;
    scanWords(text, (word, start, end, joined) => {
      if (!joined && DUTCH_STOP_WORDS.has(word)) return;
      const t = index.surface.get(word);
      if (t === undefined || !matchedTerms.has(t)) return;
      const original = text.slice(start, end);
      if (!seen.has(original)) {
        seen.add(original);
        highlights.push(original);
      }
    });
  }
  return {
    id: item.id,
    score: Math.round(score * 1000) / 1000,
    highlights,
    matchedFields: SEARCH_FIELDS.filter((_, f) => (fields & (1 << f)) !== 0),
  };
}

/**
 * The first `count` elements of `list` in the order of `before`, using a bounded heap: a search
 * with thousands of hits orders only the page it shows. Sorts `list` in place when it is short.
 */
export function firstInOrder(
  list: number[],
  count: number,
  before: (a: number, b: number) => number,
): number[] {
  if (count <= 0) return [];
  if (list.length <= count * 4) return list.sort(before).slice(0, count);
  // A max-heap on `before`: the root is the last of the best `count` seen so far.
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (before(heap[parent]!, heap[i]!) >= 0) return;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(heap[l]!, heap[worst]!) > 0) worst = l;
      if (r < heap.length && before(heap[r]!, heap[worst]!) > 0) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
      i = worst;
    }
  };
  for (const x of list) {
    if (heap.length < count) {
      heap.push(x);
      up(heap.length - 1);
    } else if (before(x, heap[0]!) < 0) {
      heap[0] = x;
      down(0);
    }
  }
  return heap.sort(before);
}
