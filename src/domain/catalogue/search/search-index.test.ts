import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../content/read-content';
import { messages } from '../../../content/message-files';
import { itemFromContent } from '../../../db/catalogue/content-sync';
import type { Capital, CatalogueItem, LocalOffer } from '../types';
import {
  buildSearchIndex,
  FACETS,
  fold,
  search,
  SearchInputError,
  tokenize,
  type CatalogueSearchQuery,
  type Facet,
  type SearchIndex,
  type SynonymsInput,
  warmUpQueries,
} from './index';
import { firstInOrder } from './first-in-order';

// ------------------------------------------------------------------------------ fixtures

let items: CatalogueItem[];
let synonyms: SynonymsInput;
let index: SearchIndex;

const ASSEN = { code: 'GM0106', name: 'Assen' };
const EMMEN = { code: 'GM0114', name: 'Emmen' };
const ZWOLLE = { code: 'GM0193', name: 'Zwolle' };

function offer(
  id: string,
  interventionId: string,
  organisationId: string,
  organisationName: string,
  gemeenten: { code: string; name: string }[],
  wijk: string | null = null,
): LocalOffer {
  return {
    id,
    organisationId,
    organisationName,
    interventionId,
    gemeenten,
    wijk,
    howToRefer: null,
    costs: null,
    contact: null,
    lastCheckedAt: '2026-11-01T00:00:00.000Z',
    lastCheckedBy: null,
    version: 1,
  };
}

const offers: LocalOffer[] = [
  offer('o-1', 'schuldhulpverlening', 'org-vaart', 'Vaart Welzijn', [ASSEN], 'Assen-Oost'),
  offer('o-2', 'budgetcursus', 'org-vaart', 'Vaart Welzijn', [ASSEN, EMMEN]),
  offer('o-3', 'budgetcursus', 'org-sedna', 'Stichting Sedna', [EMMEN]),
  offer('o-4', 'voedselbank', 'org-travers', 'Travers Welzijn', [ZWOLLE]),
  offer('o-5', 'bestaat-niet-meer', 'org-travers', 'Travers Welzijn', [ZWOLLE]),
];

const localItem = (base: CatalogueItem): CatalogueItem => ({
  ...base,
  id: 'lokaal-0001',
  origin: 'local',
  organisationId: 'org-travers',
  name: 'Wandelgroep voor mantelzorgers in Zwolle-Zuid',
  summary: 'Elke week samen wandelen en even op adem komen.',
  description: 'Mantelzorgers lopen samen een uur. Daarna drinken ze koffie.\n\nIedereen mag mee.',
  ageRange: null,
});

beforeAll(async () => {
  const dir = fileURLToPath(new URL('../../../../content', import.meta.url));
  const result = await readContent(dir);
  if (!result.ok) throw new Error('content/ does not validate');
  const national = result.content.interventions.map(itemFromContent);
  items = [...national, localItem(national[0]!)];
  synonyms = result.content.synonyms;
  index = buildSearchIndex({ items, offers, synonyms });
});

/** All hits of a query, over every page. */
function allHits(query: CatalogueSearchQuery) {
  const first = search(index, { ...query, perPage: 100 });
  const hits = [...first.items];
  for (let page = 2; (page - 1) * 100 < first.total; page++)
    hits.push(...search(index, { ...query, perPage: 100, page }).items);
  return hits;
}
const idsOf = (query: CatalogueSearchQuery) => allHits(query).map((h) => h.id);
const item = (id: string) => items.find((i) => i.id === id)!;
const wordsOf = (i: CatalogueItem) =>
  new Set(
    tokenize([i.name, i.summary, i.description, ...i.workingElements].join('\n')).map(
      (t) => t.word,
    ),
  );

// ------------------------------------------------------------------------------ text search

describe('search in Dutch', () => {
  it('"schulden" finds the items about schuld, with schuld in their name first', () => {
    const result = search(index, { text: 'schulden' });
    const top = result.items.slice(0, 5);
    expect(top.map((h) => h.id)).toEqual(
      expect.arrayContaining(['schuldhulpverlening', 'vroegsignalering-schulden']),
    );
    for (const hit of top) {
      expect(hit.matchedFields).toContain('name');
      expect(hit.highlights.some((w) => w.toLowerCase().startsWith('schuld'))).toBe(true);
    }
  });

  it('"kinderen" finds items that only say "kind", and "kind" finds items that say "kinderen"', () => {
    const onlyKind = items.find((i) => {
      const words = wordsOf(i);
      return words.has('kind') && !words.has('kinderen');
    })!;
    const onlyKinderen = items.find((i) => {
      const words = wordsOf(i);
      return words.has('kinderen') && !words.has('kind');
    })!;
    const kinderen = allHits({ text: 'kinderen' });
    const kind = allHits({ text: 'kind' });
    const lower = (words: string[] | undefined) => (words ?? []).map((w) => w.toLowerCase());
    expect(lower(kinderen.find((h) => h.id === onlyKind.id)?.highlights)).toContain('kind');
    expect(lower(kind.find((h) => h.id === onlyKinderen.id)?.highlights)).toContain('kinderen');
  });

  it('"kind" also finds words that start with it (kinderopvang)', () => {
    const hit = allHits({ text: 'kind' }).find((h) => h.id === 'peuter-en-kinderopvang');
    expect(hit?.highlights).toEqual(expect.arrayContaining(['kinderopvang']));
  });

  it('"scheidng" (a typo) finds the scheiding items and says what it read', () => {
    const result = search(index, { text: 'scheidng' });
    expect(result.items[0]?.id).toBe('relatie-en-scheidingspunt');
    expect(result.items[0]?.highlights).toContain('scheiding');
    // 'scheiding' is also a typed synonym, so its synonyms come along, as when typed correctly.
    expect(result.terms).toEqual([
      {
        text: 'scheidng',
        synonyms: search(index, { text: 'scheiding' }).terms[0]!.synonyms,
        corrections: ['scheiding'],
        matched: true,
      },
    ]);
    const lifeEventScheiding = items.filter((i) => i.lifeEvents.includes('scheiding'));
    expect(idsOf({ text: 'scheidng' })).toEqual(
      expect.arrayContaining(lifeEventScheiding.map((i) => i.id)),
    );
  });

  it('"geldzorgen" finds items about schulden, geld and armoede through the synonyms', () => {
    const result = search(index, { text: 'geldzorgen', perPage: 10 });
    expect(result.terms[0]?.synonyms).toEqual(expect.arrayContaining(['schulden', 'budget']));
    const topical = /^(geld|zakgeld|schuld|armoede|budget|financi)/;
    for (const hit of result.items) {
      const words = hit.highlights.map((w) => w.toLowerCase());
      expect(
        words.some((w) => topical.test(w)),
        hit.id,
      ).toBe(true);
    }
    const all = result.items.flatMap((h) => h.highlights.map((w) => w.toLowerCase()));
    expect(all).toEqual(expect.arrayContaining(['schulden', 'geld', 'armoede']));
    expect(idsOf({ text: 'geldzorgen' })).toEqual(
      expect.arrayContaining(['schuldhulpverlening', 'budgetcursus', 'noodfonds']),
    );
  });

  it('a misspelt synonym ("geldzorgn") finds what the synonym stands for, and says so', () => {
    const typed = search(index, { text: 'geldzorgn', perPage: 100 });
    expect(typed.terms[0]?.corrections).toContain('geldzorgen');
    expect(typed.terms[0]?.synonyms.length).toBeGreaterThan(0);
    expect(typed.items.map((h) => h.id)).toEqual(
      expect.arrayContaining(['schuldhulpverlening', 'budgetcursus', 'noodfonds']),
    );
    expect(typed.total).toBe(search(index, { text: 'geldzorgen' }).total);
  });

  it('a misspelt word in a synonym phrase ("alleenstaande moedr") still finds the phrase', () => {
    const typed = search(index, { text: 'alleenstaande moedr', perPage: 100 });
    expect(typed.terms).toHaveLength(1);
    expect(typed.terms[0]?.corrections).toEqual(['moeder']);
    const correct = search(index, { text: 'alleenstaande moeder', perPage: 100 });
    expect(typed.terms[0]?.synonyms).toEqual(correct.terms[0]?.synonyms);
    expect(new Set(typed.items.map((h) => h.id))).toEqual(new Set(correct.items.map((h) => h.id)));
  });

  it('"alleenstaande moeder" finds every item for eenoudergezinnen', () => {
    const forSingleParents = items.filter((i) => i.targetGroups.includes('eenoudergezinnen'));
    expect(forSingleParents.length).toBeGreaterThan(1);
    expect(idsOf({ text: 'alleenstaande moeder' })).toEqual(
      expect.arrayContaining(forSingleParents.map((i) => i.id)),
    );
    expect(idsOf({ text: 'alleenstaande moeders' })).toEqual(
      expect.arrayContaining(forSingleParents.map((i) => i.id)),
    );
  });

  it('"schoolspullen", a compound no item uses, finds school items through its parts', () => {
    expect(items.some((i) => wordsOf(i).has('schoolspullen'))).toBe(false);
    const result = search(index, { text: 'schoolspullen', perPage: 5 });
    expect(result.terms[0]?.synonyms).toEqual(['school spullen']);
    for (const hit of result.items)
      expect(
        hit.highlights.some((w) => /^(school|scholen)/i.test(w)),
        hit.id,
      ).toBe(true);
    // An item with both parts (school and spullen) is found too.
    const both = allHits({ text: 'schoolspullen' }).find((h) =>
      ['school', 'spullen'].every((p) => h.highlights.map((w) => w.toLowerCase()).includes(p)),
    );
    expect(both).toBeDefined();
  });

  it('splits a compound with a linking s ("opvoedingsvragen" → opvoeding + vragen)', () => {
    expect(search(index, { text: 'opvoedingsvragen' }).terms[0]?.synonyms).toEqual([
      'opvoeding vragen',
    ]);
    // A word that is no compound of catalogue words is left to the typo search.
    expect(search(index, { text: 'xqzvbnkwpl' }).terms[0]?.synonyms).toEqual([]);
  });

  it('splits a compound into forms the catalogue uses ("huurschuld": huur + schulden)', () => {
    const result = search(index, { text: 'huurschuld', perPage: 5 });
    expect(result.terms[0]?.synonyms).toEqual(['huur schuld']);
    expect(result.items.map((h) => h.id)).toEqual(
      expect.arrayContaining(['vroegsignalering-schulden']),
    );
  });

  it('"eenzaam" finds welzijn op recept (eenzaamheid) first', () => {
    const result = search(index, { text: 'eenzaam' });
    expect(result.items[0]?.id).toBe('welzijn-op-recept');
    expect(result.items[0]?.highlights).toContain('eenzaamheid');
  });

  it('"NEET" finds Pak je toekomst first and no items about the word "net"', () => {
    const hits = allHits({ text: 'NEET' });
    expect(hits[0]?.id).toBe('pak-je-toekomst');
    for (const hit of hits) expect(hit.highlights.map((w) => w.toLowerCase())).not.toContain('net');
  });

  it('finds an item by the place and organisation of its local offer', () => {
    const hit = allHits({ text: 'Assen' }).find((h) => h.id === 'budgetcursus');
    expect(hit?.matchedFields).toContain('offers');
  });

  it('matches nothing for a word that is nowhere, and treats stop words alone as no text', () => {
    expect(search(index, { text: 'xqzvbn' }).total).toBe(0);
    expect(search(index, { text: 'de het een' }).total).toBe(items.length);
  });
});

describe('highlights', () => {
  it('are the words as written in the item that matched, each once', () => {
    const result = search(index, { text: 'schulden', perPage: 20 });
    for (const hit of result.items) {
      const i = item(hit.id);
      const text = [i.name, i.summary, i.description, ...i.workingElements, ...i.providers].join(
        '\n',
      );
      expect(new Set(hit.highlights).size).toBe(hit.highlights.length);
      for (const word of hit.highlights) expect(text).toContain(word);
    }
    const shv = result.items.find((h) => h.id === 'schuldhulpverlening')!;
    expect(shv.highlights).toEqual(expect.arrayContaining(['Schuldhulpverlening', 'schulden']));
  });

  it('are empty without a text query', () => {
    const result = search(index, { capitals: ['economisch'] });
    expect(result.items.every((h) => h.highlights.length === 0 && h.score === 0)).toBe(true);
  });
});

// ------------------------------------------------------------------------------ ranking

/** A plain national item for a small index; its capitals are those of the first real item. */
const plainItem = (
  id: string,
  name: string,
  description: string,
  capitals: CatalogueItem['capitals'] = items[0]!.capitals,
): CatalogueItem => ({
  ...localItem(items[0]!),
  id,
  origin: 'national',
  organisationId: null,
  name,
  summary: 'Een korte samenvatting.',
  description,
  capitals,
  workingElements: [],
  targetGroups: ['volwassenen'],
  lifeEvents: [],
  domains: ['sociaal'],
  providers: [],
});

describe('ranking', () => {
  const base = plainItem;
  let small: SearchIndex;
  beforeAll(() => {
    small = buildSearchIndex({
      items: [
        base('a-description', 'Een plek in de wijk', 'Hier praten we over schulden en geld.'),
        base('b-name', 'Hulp bij schulden', 'Een plek in de wijk.'),
        base('c-prefix', 'Schuldhulpmaatje', 'Een maatje helpt.'),
        base('d-typo', 'Schuldne', 'Een rare spelling.'),
        base('e-synonym', 'Vroegsignalering', 'Vroeg erbij zijn.'),
        base('f-both', 'Schulden en jongeren', 'Samen sterk.'),
        base('g-jongeren', 'Jongeren in de wijk', 'Samen sterk.'),
        base('h-prefix', 'Buurtkamer', 'Open huis.'),
        base('i-typo', 'Buurd', 'Open huis.'),
      ],
      offers: [],
      synonyms: { groups: [{ typed: ['schuld'], expands_to: ['vroegsignalering'] }] },
    });
  });

  it('puts a name match above a description match', () => {
    const ids = search(small, { text: 'schulden' }).items.map((h) => h.id);
    expect(ids.indexOf('b-name')).toBeLessThan(ids.indexOf('a-description'));
  });

  it('puts exact stem > synonym > prefix matches, in the same field', () => {
    const ids = search(small, { text: 'schulden' }).items.map((h) => h.id);
    expect(ids.indexOf('b-name')).toBeLessThan(ids.indexOf('e-synonym'));
    expect(ids.indexOf('e-synonym')).toBeLessThan(ids.indexOf('c-prefix'));
  });

  it('puts a prefix match above a typo match', () => {
    // 'buurt' is no word of the index: it starts 'Buurtkamer' and is one letter off 'Buurd'.
    const result = search(small, { text: 'buurt' });
    expect(result.items.map((h) => h.id)).toEqual(['h-prefix', 'i-typo']);
    expect(result.terms[0]?.corrections).toEqual(['buurd']);
  });

  it('ranks items that match every word above items that match some', () => {
    const ids = search(small, { text: 'schulden jongeren' }).items.map((h) => h.id);
    expect(ids[0]).toBe('f-both');
    expect(ids).toEqual(expect.arrayContaining(['b-name', 'g-jongeren']));
  });

  it('ranks all-words items first on the real catalogue too', () => {
    const schulden = new Set(idsOf({ text: 'schulden' }));
    const jongeren = new Set(idsOf({ text: 'jongeren' }));
    const both = idsOf({ text: 'schulden jongeren' });
    const firstPartial = both.findIndex((id) => !(schulden.has(id) && jongeren.has(id)));
    const lastFull = both.findLastIndex((id) => schulden.has(id) && jongeren.has(id));
    expect(lastFull).toBeGreaterThanOrEqual(0);
    expect(firstPartial).toBeGreaterThan(lastFull);
  });

  it('breaks ties by name, and sorts by name on request', () => {
    // Both say 'sterk' once, in the same field: equal scores, so 'Jongeren…' before 'Schulden…'.
    const ids = search(small, { text: 'sterk' }).items.map((h) => h.id);
    expect(ids).toEqual(['g-jongeren', 'f-both']);
    // Name order ignores case and accents.
    const names = search(index, { sort: 'name', perPage: 100 }).items.map((h) =>
      fold(item(h.id).name),
    );
    expect(names).toEqual([...names].sort());
    expect(names.length).toBe(100);
  });
});

// ------------------------------------------------------------------------------ facets and filters

type Filters = Pick<
  CatalogueSearchQuery,
  | 'capitals'
  | 'phases'
  | 'targetGroups'
  | 'povertyTypes'
  | 'lifeEvents'
  | 'evidenceLevels'
  | 'kinds'
>;

/** An independent, slow reference: which items pass which filters, and the facet values. */
function valuesOf(i: CatalogueItem, facet: Facet): string[] {
  const own = offers.filter((o) => o.interventionId === i.id);
  switch (facet) {
    case 'capital':
      return [...i.capitals.primary, ...i.capitals.secondary];
    case 'targetGroup':
      return i.targetGroups;
    case 'phase':
      return i.phases;
    case 'povertyType':
      return i.povertyTypes;
    case 'lifeEvent':
      return i.lifeEvents;
    case 'evidenceLevel':
      return [i.evidence.level];
    case 'gemeente':
      return own.flatMap((o) => o.gemeenten.map((g) => g.code));
    case 'organisation':
      return [...own.map((o) => o.organisationId), ...(i.organisationId ? [i.organisationId] : [])];
    case 'kind':
      return [i.kind];
  }
}
const FILTER_FACET: Record<keyof Filters, Facet> = {
  capitals: 'capital',
  phases: 'phase',
  targetGroups: 'targetGroup',
  povertyTypes: 'povertyType',
  lifeEvents: 'lifeEvent',
  evidenceLevels: 'evidenceLevel',
  kinds: 'kind',
};
function expectedCounts(pool: CatalogueItem[], filters: Filters, facet: Facet) {
  const others = (Object.keys(filters) as (keyof Filters)[]).filter(
    (k) => FILTER_FACET[k] !== facet && (filters[k]?.length ?? 0) > 0,
  );
  const counts = new Map<string, number>();
  for (const i of pool) {
    const passes = others.every((k) =>
      valuesOf(i, FILTER_FACET[k]).some((v) => filters[k]!.includes(v)),
    );
    if (!passes) continue;
    for (const v of new Set(valuesOf(i, facet))) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

describe('synonym matches weighted by how central the concept is to an item', () => {
  const item = (id: string, name: string, description: string, primary: Capital[]) =>
    plainItem(id, name, description, { primary, secondary: [] });
  let small: SearchIndex;
  beforeAll(() => {
    small = buildSearchIndex({
      items: [
        item('debt-help', 'Hulp bij schulden', 'Samen de schulden regelen.', ['economisch']),
        item('budget-coach', 'Budgetcoach', 'Overzicht in je geld.', ['economisch']),
        item(
          'parenting',
          'Opvoeden met plezier',
          'Ouders praten over opvoeden. Is het geld krap, dan helpt geld van de gemeente.',
          ['pedagogisch'],
        ),
      ],
      offers: [],
      synonyms: { groups: [{ typed: ['geldzorgen'], expands_to: ['schulden', 'geld'] }] },
    });
  });

  it('ranks a money item above a parenting item that says "geld" more often', () => {
    const ids = search(small, { text: 'geldzorgen' }).items.map((h) => h.id);
    expect(ids).toEqual(['debt-help', 'budget-coach', 'parenting']);
  });

  it('leaves the word itself weighed by its hits: "geld" typed finds the parenting item first', () => {
    const ids = search(small, { text: 'geld' }).items.map((h) => h.id);
    expect(ids[0]).toBe('parenting');
  });

  it('"geldzorgen" on the catalogue: the first five are money items, with debt help among them', () => {
    const firstFive = idsOf({ text: 'geldzorgen' }).slice(0, 5);
    const capitalsOf = new Map(items.map((i) => [i.id, i.capitals.primary]));
    for (const id of firstFive) expect(capitalsOf.get(id), id).toContain('economisch');
    expect(firstFive).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(schuldhulpverlening|vroegsignalering-schulden|budget|noodfonds)/),
      ]),
    );
  });
});

describe('facets with live counts', () => {
  const filters: Filters = {
    capitals: ['economisch', 'mentaal'],
    phases: ['ondersteunen'],
    targetGroups: ['ouders', 'gezinnen'],
  };

  it('count each facet with all other filters applied (not its own)', () => {
    const result = search(index, filters);
    for (const facet of FACETS) {
      const expected = expectedCounts(items, filters, facet);
      const got = new Map(result.facets[facet].map((v) => [v.value, v.count]));
      for (const [value, count] of expected)
        expect(got.get(value), `${facet}=${value}`).toBe(count);
      for (const [value, count] of got)
        expect(expected.get(value) ?? 0, `${facet}=${value}`).toBe(count);
    }
    const passing = items.filter((i) =>
      (Object.keys(filters) as (keyof Filters)[]).every((k) =>
        valuesOf(i, FILTER_FACET[k]).some((v) => filters[k]!.includes(v)),
      ),
    );
    expect(result.total).toBe(passing.length);
    expect(result.total).toBeGreaterThan(0);
  });

  it('count within the text matches too', () => {
    const pool = idsOf({ text: 'schulden' }).map(item);
    const result = search(index, { text: 'schulden', ...filters });
    for (const facet of ['capital', 'phase', 'targetGroup'] as const) {
      const expected = expectedCounts(pool, filters, facet);
      expect(
        Object.fromEntries(
          result.facets[facet].filter((v) => v.count > 0).map((v) => [v.value, v.count]),
        ),
      ).toEqual(Object.fromEntries(expected));
    }
  });

  it('keep a chosen value in the list, even when nothing matches it', () => {
    const result = search(index, { text: 'schulden', lifeEvents: ['pensioen'] });
    expect(result.facets.lifeEvent).toContainEqual(expect.objectContaining({ value: 'pensioen' }));
  });

  it('list capitals, phases and poverty types in their fixed order, others by count', () => {
    const result = search(index, {});
    const capitalValues = result.facets.capital.map((v) => v.value);
    expect(capitalValues).toEqual(
      ['economisch', 'sociaal', 'cultureel', 'pedagogisch', 'mentaal'].filter((c) =>
        capitalValues.includes(c),
      ),
    );
    const counts = result.facets.targetGroup.map((v) => v.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('filters', () => {
  it('age: an item for 0–2 does not match age 8; items without an age range match any age', () => {
    const baby = items.find((i) => i.ageRange?.min === 0 && i.ageRange.max === 2)!;
    const primarySchool = items.find(
      (i) => i.ageRange && i.ageRange.min <= 8 && i.ageRange.max >= 8,
    )!;
    const ids = new Set(idsOf({ age: 8 }));
    expect(ids.has(baby.id)).toBe(false);
    expect(ids.has(primarySchool.id)).toBe(true);
    for (const i of items.filter((x) => x.ageRange === null)) expect(ids.has(i.id)).toBe(true);
    expect(idsOf({ age: 1 })).toContain(baby.id);
  });

  it('gemeente: items with a local offer there, with the gemeente name as label', () => {
    const result = search(index, { gemeenten: [EMMEN.code] });
    expect(result.items.map((h) => h.id)).toEqual(['budgetcursus']);
    expect(result.facets.gemeente).toEqual([
      { value: ASSEN.code, count: 2, label: 'Assen' },
      { value: EMMEN.code, count: 1, label: 'Emmen' },
      { value: ZWOLLE.code, count: 1, label: 'Zwolle' },
    ]);
  });

  it('organisation: items it offers and local items it owns', () => {
    const ids = idsOf({ organisations: ['org-travers'] });
    expect(ids.sort()).toEqual(['lokaal-0001', 'voedselbank']);
    const labels = search(index, {}).facets.organisation;
    expect(labels).toContainEqual({ value: 'org-vaart', count: 2, label: 'Vaart Welzijn' });
  });

  it('near me: items with an offer in the gemeenten of my organisation, and the count', () => {
    const near = search(index, { nearMe: [ASSEN.code] });
    expect(near.items.map((h) => h.id).sort()).toEqual(['budgetcursus', 'schuldhulpverlening']);
    expect(near.facets.nearMe).toEqual([{ value: 'ja', count: 2 }]);
    const off = search(index, { text: 'budget', viewerGemeenten: [ASSEN.code] });
    expect(off.total).toBeGreaterThan(1);
    expect(off.facets.nearMe).toEqual([{ value: 'ja', count: 1 }]);
    expect(search(index, {}).facets.nearMe).toEqual([]);
  });

  it('finds the local items of every organisation: the catalogue is shared', () => {
    const ids = idsOf({ text: 'wandelgroep' });
    expect(ids).toEqual(['lokaal-0001']);
  });

  it('an unknown filter value matches nothing', () => {
    expect(search(index, { capitals: ['bestaat-niet'] }).total).toBe(0);
  });
});

describe('search in English (synonyms kept as data in content/synonyms.yaml)', () => {
  it('"debts" finds the Dutch items about schulden', () => {
    const result = search(index, { text: 'debts', perPage: 10 });
    expect(result.terms[0]?.synonyms).toContain('schulden');
    expect(result.items.map((h) => h.id)).toEqual(
      expect.arrayContaining(['schuldhulpverlening', 'vroegsignalering-schulden']),
    );
  });

  it('"lonely" finds welzijn op recept (eenzaamheid) first, as "eenzaam" does', () => {
    expect(search(index, { text: 'lonely' }).items[0]?.id).toBe('welzijn-op-recept');
  });

  it('"single mother" finds every item for eenoudergezinnen', () => {
    const forSingleParents = items.filter((i) => i.targetGroups.includes('eenoudergezinnen'));
    expect(idsOf({ text: 'single mother' })).toEqual(
      expect.arrayContaining(forSingleParents.map((i) => i.id)),
    );
  });

  it('"homework" finds what "huiswerk" finds, huiswerkbegeleiding included', () => {
    const ids = (text: string) => search(index, { text, perPage: 5 }).items.map((h) => h.id);
    expect(ids('homework')).toContain('bijles-huiswerkbegeleiding');
  });

  it('"divorce" finds the scheiding items, the scheidingspunt first', () => {
    const lifeEventScheiding = items.filter((i) => i.lifeEvents.includes('scheiding'));
    expect(search(index, { text: 'divorce' }).items[0]?.id).toBe('relatie-en-scheidingspunt');
    expect(idsOf({ text: 'divorce' })).toEqual(
      expect.arrayContaining(lifeEventScheiding.map((i) => i.id)),
    );
  });
});

// ------------------------------------------------------------------------------ pages, order, input

describe('pages and determinism', () => {
  it('pages follow on without overlap', () => {
    const one = search(index, { text: 'kinderen', perPage: 10, page: 1 });
    const two = search(index, { text: 'kinderen', perPage: 10, page: 2 });
    const both = search(index, { text: 'kinderen', perPage: 20 });
    expect([...one.items, ...two.items].map((h) => h.id)).toEqual(both.items.map((h) => h.id));
    expect(one.total).toBe(both.total);
    expect(search(index, { text: 'kinderen', page: 999 }).items).toEqual([]);
  });

  it('gives the same answer every time, whatever the order of the input', () => {
    const shuffled = buildSearchIndex({
      items: [...items].reverse(),
      offers: [...offers].reverse(),
      synonyms,
    });
    for (const query of [
      { text: 'schulden jongeren' },
      { text: 'geldzorgen', capitals: ['economisch'] },
      { sort: 'name' as const },
      { text: 'ouders', perPage: 50 },
    ]) {
      const a = search(index, query);
      expect(search(index, query)).toEqual(a);
      expect(search(shuffled, query)).toEqual(a);
    }
  });

  it('leaves nothing behind for the next search on the same index', () => {
    const queries: CatalogueSearchQuery[] = [
      { text: 'schulden', age: 8 },
      { text: 'alleenstaande moeder', capitals: ['economisch'] },
      {},
      { text: 'scheidng', sort: 'name' },
      { text: 'kinderen', targetGroups: ['ouders'] },
    ];
    // Each answer from an index that never searched before, then all in turn on one index.
    const fresh = queries.map((q) => search(buildSearchIndex({ items, offers, synonyms }), q));
    const reused = buildSearchIndex({ items, offers, synonyms });
    for (const round of [0, 1])
      queries.forEach((q, i) => expect(search(reused, q), `round ${round}`).toEqual(fresh[i]));
  });

  it('skips offers of items that are not in the index, and counts them', () => {
    expect(index.stats.skippedOffers).toBe(1);
    expect(index.stats.offers).toBe(offers.length - 1);
  });
});

describe('bad input', () => {
  const fieldsOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(SearchInputError);
      return (e as SearchInputError).issues.map((i) => i.field);
    }
    throw new Error('no error thrown');
  };

  it('a bad query names each field, in Dutch and English', () => {
    expect(fieldsOf(() => search(index, { perPage: 0 }))).toEqual(['perPage']);
    expect(fieldsOf(() => search(index, { age: -1, page: 1.5 }))).toEqual(['age', 'page']);
    expect(fieldsOf(() => search(index, { text: 'x'.repeat(201) }))).toEqual(['text']);
    let thrown: unknown;
    try {
      search(index, { perPage: 500 });
    } catch (e) {
      thrown = e;
    }
    const message = (thrown as SearchInputError).issues[0]!.message;
    expect(messages.text('nl', message)).toMatch(/per pagina moet een heel getal van 1 tot \d+/);
    expect(messages.text('en', message)).toMatch(/per page must be a whole number from 1 to \d+/);
  });

  // The shapes are the types' and the zod contract's job; the index checks what they cannot say.
  it('bad items name each field, and no index is built', () => {
    const twice = { ...items[1]!, id: items[0]!.id };
    const badAges = { ...items[2]!, ageRange: { min: 12, max: 4 } };
    const orphan = { ...items[3]!, origin: 'local' as const, organisationId: null };
    expect(
      fieldsOf(() =>
        buildSearchIndex({ items: [items[0]!, twice, badAges, orphan], offers, synonyms }),
      ),
    ).toEqual(['items.1.id', 'items.2.ageRange', 'items.3.organisationId']);
  });
});

describe('ordering only the page that is shown', () => {
  it('gives the same first elements as a full sort, also with ties', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const size of [0, 1, 5, 79, 80, 81, 500, 3000]) {
      const keys = Array.from({ length: size }, () => Math.floor(random() * 50));
      const before = (a: number, b: number) => keys[b]! - keys[a]! || a - b;
      const sorted = keys.map((_, i) => i).sort(before);
      for (const count of [1, 20, 40, 100]) {
        const list = keys.map((_, i) => i).reverse();
        expect(firstInOrder(list, count, before)).toEqual(sorted.slice(0, count));
      }
    }
  });
});

describe('warming a new index up before it serves', () => {
  it('searches text the catalogue holds, and leaves later searches as on a fresh index', () => {
    const queries = warmUpQueries(synonyms);
    expect(queries.filter((q) => q.text).length).toBeGreaterThanOrEqual(2);
    const fresh = buildSearchIndex({ items, offers, synonyms });
    const warmed = buildSearchIndex({ items, offers, synonyms });
    for (const query of queries) {
      if (query.text) expect(search(warmed, query).total).toBeGreaterThan(0);
      else search(warmed, query);
    }
    for (const query of [{ text: 'schoolspullen' }, { capitals: ['sociaal'] }, {}]) {
      expect(search(warmed, query)).toEqual(search(fresh, query));
    }
  });
});
