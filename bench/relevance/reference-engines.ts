// The two reference engines of the relevance bench (issue 12.6): MiniSearch and PostgreSQL
// full-text search on PGlite. Both get the same items, the same fields and the same synonym list
// as the wegwijzer: a query is expanded with the synonym groups whose typed words it contains,
// found exactly as the wegwijzer finds them (see synonymExpansions).
import { PGlite } from '@electric-sql/pglite';
import MiniSearch from 'minisearch';
import type { SearchableItem } from '../../src/domain/catalogue/search/index-shape';
import { searchKey } from '../../src/domain/catalogue/search/dutch-stemmer';
import {
  compileSynonyms,
  findSynonymPhrases,
  type SynonymsInput,
} from '../../src/domain/catalogue/search/synonyms';
import { tokenize } from '../../src/domain/catalogue/search/tokenize';
import { SEARCH_FIELDS, type SearchField } from '../../src/domain/catalogue/search/search-types';
import { FIELD_WEIGHTS, MATCH_FACTORS } from '../../src/domain/catalogue/search/tuning';

/** Ids of the best items for a query, best first. */
export type Engine = (query: string) => Promise<string[]>;

/** The wegwijzer's item fields (all but the local offers, which this bench has none of). */
type TextField = Exclude<SearchField, 'offers'>;
const TEXT_FIELDS = SEARCH_FIELDS.filter((f): f is TextField => f !== 'offers');

const textOf = (item: SearchableItem, field: TextField): string => {
  const value = item[field];
  return typeof value === 'string' ? value : value.join(', ');
};

/**
 * What the synonym list adds to a query: for every typed word or phrase in it (Dutch or English),
 * its group's expansions and, for an English word, the group's Dutch word.
 */
export function synonymExpansions(synonymsInput: SynonymsInput): (query: string) => string[] {
  const synonyms = compileSynonyms(synonymsInput);
  return (query) => {
    const keys = tokenize(query)
      .filter((t) => !t.joined)
      .map((t) => searchKey(t.word));
    const extra = new Set<string>();
    for (const match of findSynonymPhrases(synonyms, keys)) {
      const group = synonyms.groups[match.group]!;
      if (match.english) extra.add(group.dutch.text);
      for (const expansion of group.expansions) extra.add(expansion.text);
    }
    return [...extra];
  };
}

/** MiniSearch's term processing given the wegwijzer's Dutch stemmer and stop words. */
function dutchTerm(term: string): string | null {
  const [token] = tokenize(term);
  return token === undefined || token.stop ? null : searchKey(token.word);
}

/**
 * MiniSearch 7 with the settings its documentation suggests for search-as-you-type: fuzzy 0.2,
 * prefix search, OR; the wegwijzer's field weights as boosts, its Dutch stemmer and stop words as
 * processTerm (MiniSearch ships no stemmer), and the synonyms as an OR sub-query of exact words
 * (each expansion all its words) boosted by the wegwijzer's synonym factor.
 */
export function miniSearchEngine(
  items: readonly SearchableItem[],
  synonyms: SynonymsInput,
): Engine {
  const expand = synonymExpansions(synonyms);
  const mini = new MiniSearch<Record<string, string>>({
    fields: [...TEXT_FIELDS],
    storeFields: [],
    processTerm: dutchTerm,
  });
  mini.addAll(
    items.map((item) => ({
      id: item.id,
      ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, textOf(item, f)])),
    })),
  );
  const boost = Object.fromEntries(TEXT_FIELDS.map((f) => [f, FIELD_WEIGHTS[f]]));
  const synonymBoost = Object.fromEntries(
    TEXT_FIELDS.map((f) => [f, FIELD_WEIGHTS[f] * MATCH_FACTORS.synonym]),
  );
  return async (query) => {
    const expansions = expand(query).map((text) => ({
      queries: [text],
      combineWith: 'AND' as const,
    }));
    const hits = mini.search(
      {
        combineWith: 'OR',
        queries: [
          { queries: [query], fuzzy: 0.2, prefix: true, boost },
          {
            queries: expansions,
            combineWith: 'OR',
            fuzzy: false,
            prefix: false,
            boost: synonymBoost,
          },
        ],
      },
      {},
    );
    return hits.slice(0, 20).map((h) => String(h.id));
  };
}

/**
 * PostgreSQL full-text search (PGlite, the 'dutch' configuration): name weight A; summary,
 * working elements, target groups and life events B; domains, providers and description C.
 * The query is the typed words (all of them, plainto_tsquery) OR each synonym expansion (all its
 * words), ranked by ts_rank with PostgreSQL's default weights.
 */
export async function postgresEngine(
  items: readonly SearchableItem[],
  synonyms: SynonymsInput,
): Promise<{ engine: Engine; close: () => Promise<void> }> {
  const expand = synonymExpansions(synonyms);
  const db = new PGlite();
  await db.exec(`create table item (id text primary key, a text, b text, c text, tsv tsvector)`);
  for (const item of items) {
    const b = ['summary', 'workingElements', 'targetGroups', 'lifeEvents'] as const;
    const c = ['domains', 'providers', 'description'] as const;
    await db.query(`insert into item (id, a, b, c) values ($1, $2, $3, $4)`, [
      item.id,
      item.name,
      b.map((f) => textOf(item, f)).join('\n'),
      c.map((f) => textOf(item, f)).join('\n'),
    ]);
  }
  await db.exec(`update item set tsv =
    setweight(to_tsvector('dutch', a), 'A') ||
    setweight(to_tsvector('dutch', b), 'B') ||
    setweight(to_tsvector('dutch', c), 'C')`);
  const engine: Engine = async (query) => {
    const texts = [query, ...expand(query)];
    const tsquery = texts.map((_, i) => `plainto_tsquery('dutch', $${i + 1})`).join(' || ');
    const { rows } = await db.query<{ id: string }>(
      `select id from item, (select ${tsquery} as q) query
       where tsv @@ q order by ts_rank(tsv, q) desc, id limit 20`,
      texts,
    );
    return rows.map((r) => r.id);
  };
  return { engine, close: () => db.close() };
}
