import { describe, expect, it } from 'vitest';
import { itemFromContent } from '../../db/catalogue/content-sync';
import {
  buildSearchIndex,
  search,
  SearchInputError,
  searchWithoutTexts,
} from '../../domain/catalogue/search';
import { testContent } from '../../../test/harness';
import { buildIndexInWorker } from './search-index-builder';

describe('building the search index in a worker thread', () => {
  it('gives the same answers as an index built in place, fed a page at a time, with the texts of the page', async () => {
    const content = await testContent();
    const items = content.interventions.map(itemFromContent);
    const input = { items, offers: [], synonyms: content.synonyms };
    const pages = Array.from({ length: Math.ceil(items.length / 7) }, (_, p) =>
      items.slice(p * 7, p * 7 + 7),
    );
    expect(pages.length).toBeGreaterThan(2);
    const inWorker = await buildIndexInWorker({
      itemPages: pages,
      offerPages: [],
      synonyms: content.synonyms,
    });
    const inPlace = buildSearchIndex(input);
    const byId = new Map(items.map((item) => [item.id, item]));
    for (const text of ['schulden', 'alleenstaande moedr', 'lonely', 'schoolspullen']) {
      const query = { text, perPage: 50, capitals: ['economisch'] };
      // The server's index keeps no texts: the highlights come from those of the page's hits.
      const pending = searchWithoutTexts(inWorker, query);
      const texts = new Map(pending.ids.map((id) => [id, byId.get(id)!]));
      const expected = search(inPlace, query);
      expect(expected.items.some((hit) => hit.highlights.length > 0)).toBe(true);
      expect(pending.complete(texts), text).toEqual(expected);
    }
  });

  it('reports bad input as the build in place does, naming the field', async () => {
    const content = await testContent();
    const [first, second] = content.interventions.map(itemFromContent);
    const input = {
      itemPages: [[first!], [{ ...second!, id: first!.id }]],
      offerPages: [],
      synonyms: content.synonyms,
    };
    const error = await buildIndexInWorker(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchInputError);
    expect((error as SearchInputError).issues.map((i) => i.field)).toEqual(['items.1.id']);
  });
});
