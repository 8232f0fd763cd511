// Building the search index from catalogue items, local offers and synonyms (ADR 0203).
// Pure and deterministic: the same input in any order gives the same index.

import { capitalBits } from './centrality';
import { FacetBuilder } from './facet-builder';
import {
  postingCount,
  type BuildSearchIndexInput,
  type FacetData,
  type SearchableItem,
  type SearchableOffer,
  type SearchIndex,
} from './index-shape';
import { checkItems } from './input-checks';
import { singleWordSynonyms } from './parse-query';
import { OfferStrings, TermCollector } from './posting-collector';
import { SearchInputError, type SearchIssue } from './search-errors';
import { FACETS, SEARCH_FIELDS, type Facet } from './search-types';
import { compileSynonyms, type CompiledSynonyms } from './synonyms';
import { fold } from './tokenize';
import { FIELD_WEIGHTS } from './tuning';
import { buildTypoIndex } from './typo';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Builds the search index. Items are indexed in id order and offers in id order, so the order of
 * the input does not change the result. Throws SearchInputError (naming every bad field) before
 * building anything. Offers of items that are not in `items` are left out and counted in
 * `stats.skippedOffers`.
 */
export function buildSearchIndex(input: BuildSearchIndexInput): SearchIndex {
  const synonyms = checkedSynonyms(input);
  const items = [...input.items].sort(byId);
  const docById = new Map(items.map((item, d) => [item.id, d]));
  const offers = [...input.offers].sort(byId);
  const { offersOfDoc, skippedOffers } = offersPerDoc(offers, docById, items.length);
  const postings = collectPostings(items, offers, offersOfDoc);
  const { facets, allFacetValues, ageMin, ageMax } = buildFacets(items, offers, offersOfDoc);
  const { byName, nameRank } = nameOrder(items);
  const { sortedWords } = postings;
  return {
    items,
    byName,
    nameRank,
    ...postings,
    // Typed synonyms are in the typo list too, so 'geldzorgn' is read as the synonym 'geldzorgen'
    // even when no item uses that word.
    typo: buildTypoIndex([...new Set([...sortedWords, ...singleWordSynonyms(synonyms)])].sort()),
    synonyms,
    facets,
    allFacetValues,
    capitalBits: Uint16Array.from(items, ({ capitals }) =>
      capitalBits(capitals.primary, capitals.secondary),
    ),
    ageMin,
    ageMax,
    labels: offerLabels(offers, docById),
    stats: {
      items: items.length,
      offers: offers.length - skippedOffers,
      skippedOffers,
      terms: postings.postings.starts.length - 1,
      postings: postings.postings.docs.length,
    },
  };
}

/** Every problem in the items and the synonyms at once, or the compiled synonyms. */
function checkedSynonyms(input: BuildSearchIndexInput): CompiledSynonyms {
  const issues: SearchIssue[] = checkItems(input.items);
  let synonyms: CompiledSynonyms | undefined;
  try {
    synonyms = compileSynonyms(input.synonyms);
  } catch (e) {
    if (e instanceof SearchInputError) issues.push(...e.issues);
    else throw e;
  }
  if (issues.length > 0 || synonyms === undefined) throw new SearchInputError(issues);
  return synonyms;
}

/** The offers of each doc, in offer id order; offers of unknown items are counted, not kept. */
function offersPerDoc(
  offers: readonly SearchableOffer[],
  docById: ReadonlyMap<string, number>,
  n: number,
) {
  const offersOfDoc: number[][] = Array.from({ length: n }, () => []);
  let skippedOffers = 0;
  offers.forEach((offer, o) => {
    const d = docById.get(offer.interventionId);
    if (d === undefined) skippedOffers++;
    else offersOfDoc[d]!.push(o);
  });
  return { offersOfDoc, skippedOffers };
}

/** Names of gemeenten and organisations, as the first offer that mentions them gives them. */
function offerLabels(offers: readonly SearchableOffer[], docById: ReadonlyMap<string, number>) {
  const gemeente = new Map<string, string>();
  const organisation = new Map<string, string>();
  for (const offer of offers) {
    if (!docById.has(offer.interventionId)) continue;
    if (!organisation.has(offer.organisationId))
      organisation.set(offer.organisationId, offer.organisationName);
    for (const g of offer.gemeenten) if (!gemeente.has(g.code)) gemeente.set(g.code, g.name);
  }
  return { gemeente, organisation };
}

const OFFERS_FIELD = SEARCH_FIELDS.indexOf('offers');
const TEXT_FIELDS = SEARCH_FIELDS.filter((f) => f !== 'offers');
const TEXT_FIELD_BITS = TEXT_FIELDS.map((f) => SEARCH_FIELDS.indexOf(f));
const WEIGHTS = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f]);

/** The postings of every term, their idf, and the indexed words for prefixes and highlights. */
function collectPostings(
  items: readonly SearchableItem[],
  offers: readonly SearchableOffer[],
  offersOfDoc: readonly number[][],
) {
  const n = items.length;
  const collector = new TermCollector(Math.max(1024, n * 64));
  const offerStrings = new OfferStrings(collector);
  for (let d = 0; d < n; d++) {
    const item = items[d]!;
    collector.startDoc(d);
    for (let f = 0; f < TEXT_FIELDS.length; f++) {
      collector.startField();
      const value = item[TEXT_FIELDS[f]!];
      if (typeof value === 'string') collector.countText(value);
      else for (const text of value) collector.countText(text);
      const field = TEXT_FIELD_BITS[f]!;
      collector.endField(field, WEIGHTS[field]!);
    }
    // The texts of offers repeat a lot (organisation and gemeente names): each is read once.
    collector.startField();
    for (const o of offersOfDoc[d]!) {
      const offer = offers[o]!;
      offerStrings.count(offer.organisationName, d);
      if (offer.wijk) offerStrings.count(offer.wijk, d);
      for (const g of offer.gemeenten) offerStrings.count(g.name, d);
    }
    collector.endField(OFFERS_FIELD, WEIGHTS[OFFERS_FIELD]!);
    collector.endDoc();
  }
  const { terms, surface, termCount, flat } = collector;
  const postings = flat.groupByTerm(termCount);
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const count = postingCount({ postings }, t);
    idf[t] = Math.log(1 + (n - count + 0.5) / (count + 0.5));
  }
  const sortedWords = [...surface.keys()].sort();
  const sortedWordTerms = Int32Array.from(sortedWords, (w) => surface.get(w)!);
  return {
    terms,
    postings,
    idf,
    surface,
    sortedWords,
    sortedWordTerms,
  };
}

/** The facet values of every doc, per facet and all together, and the age ranges. */
function buildFacets(
  items: readonly SearchableItem[],
  offers: readonly SearchableOffer[],
  offersOfDoc: readonly number[][],
) {
  const n = items.length;
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
  return { facets, allFacetValues: allValuesPerDoc(facets, n), ageMin, ageMax };
}

/** All facet values of each doc in one CSR list, numbered across facets (see SearchIndex). */
function allValuesPerDoc(facets: Record<Facet, FacetData>, n: number) {
  const facetStart = {} as Record<Facet, number>;
  let size = 0;
  for (const f of FACETS) {
    facetStart[f] = size;
    size += facets[f].values.length;
  }
  const offsets = new Int32Array(n + 1);
  const data = new Int32Array(FACETS.reduce((sum, f) => sum + facets[f].data.length, 0));
  let filled = 0;
  for (let d = 0; d < n; d++) {
    offsets[d] = filled;
    for (const f of FACETS) {
      const own = facets[f];
      for (let i = own.offsets[d]!; i < own.offsets[d + 1]!; i++)
        data[filled++] = facetStart[f] + own.data[i]!;
    }
  }
  offsets[n] = filled;
  return { offsets, data, facetStart, size };
}

/**
 * Docs in name order. Folded names compared code by code: the same order in every browser and
 * Node version (Intl collation depends on the ICU version), and much faster.
 */
function nameOrder(items: readonly SearchableItem[]) {
  const nameKeys = items.map((item) => fold(item.name));
  const byName = Int32Array.from(
    [...items.keys()].sort((a, b) => {
      const x = nameKeys[a]!;
      const y = nameKeys[b]!;
      return x < y ? -1 : x > y ? 1 : a - b; // a - b: id order
    }),
  );
  const nameRank = new Int32Array(items.length);
  byName.forEach((d, rank) => (nameRank[d] = rank));
  return { byName, nameRank };
}
