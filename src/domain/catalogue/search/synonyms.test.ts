import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../content/read-content';
import { messages } from '../../../content/message-files';
import { searchKey } from './dutch-stemmer';
import { SearchInputError } from './search-errors';
import { compileSynonyms, findSynonymPhrases, type CompiledSynonyms } from './synonyms';
import { tokenize } from './tokenize';

const keysOf = (text: string) =>
  tokenize(text)
    .filter((t) => !t.joined)
    .map((t) => searchKey(t.word));

function groupsFound(synonyms: CompiledSynonyms, text: string) {
  return findSynonymPhrases(synonyms, keysOf(text)).map((m) => ({
    ...m,
    expandsTo: synonyms.groups[m.group]!.expansions.map((e) => e.text),
  }));
}

describe('compileSynonyms and findSynonymPhrases', () => {
  const synonyms = compileSynonyms({
    groups: [
      { typed: ['werk zoeken', 'solliciteren'], expands_to: ['ervaringsplekken', 'basisbanen'] },
      { typed: ['geen werk', 'werkloos'], expands_to: ['werkzoekenden', 'baanverlies'] },
      { typed: ['alleenstaande moeder'], expands_to: ['eenoudergezinnen', 'bijzondere bijstand'] },
    ],
  });

  it('finds a phrase in any form of its words', () => {
    expect(groupsFound(synonyms, 'Alleenstaande moeders met schulden')).toEqual([
      {
        from: 0,
        to: 2,
        group: 2,
        english: false,
        expandsTo: ['eenoudergezinnen', 'bijzondere bijstand'],
      },
    ]);
  });

  it('reads English typed words (typed_en) as the Dutch word of their group', () => {
    const withEnglish = compileSynonyms({
      groups: [
        {
          typed: ['eenzaam', 'eenzaamheid'],
          typed_en: ['lonely', 'social isolation'],
          expands_to: ['ontmoeting'],
        },
      ],
    });
    expect(groupsFound(withEnglish, 'very lonely').map((m) => [m.from, m.english])).toEqual([
      [1, true],
    ]);
    expect(groupsFound(withEnglish, 'Social isolation')[0]?.english).toBe(true);
    expect(groupsFound(withEnglish, 'eenzaam')[0]?.english).toBe(false);
    expect(withEnglish.groups[0]!.dutch).toEqual({ text: 'eenzaam', keys: [searchKey('eenzaam')] });
  });

  it('reads left to right and takes the longest phrase at each place', () => {
    expect(groupsFound(synonyms, 'geen werk zoeken').map((m) => m.group)).toEqual([1]);
    expect(groupsFound(synonyms, 'wil werk zoeken').map((m) => [m.from, m.group])).toEqual([
      [1, 0],
    ]);
  });

  it('does not take part of a phrase for the phrase', () => {
    expect(groupsFound(synonyms, 'werk')).toEqual([]);
    expect(groupsFound(synonyms, 'alleenstaande vader')).toEqual([]);
  });

  it('keeps the words of a multi-word expansion together, without stop words', () => {
    const expansion = synonyms.groups[2]!.expansions[1]!;
    expect(expansion.keys).toEqual(['bijzonder', 'bijstand']);
  });

  it('names every bad field and builds nothing', () => {
    const bad = () =>
      compileSynonyms({
        groups: [
          { typed: [], expands_to: ['schulden'] },
          { typed: ['geld'], expands_to: ['budget', 7 as unknown as string, '  '] },
        ],
      });
    expect(bad).toThrow(SearchInputError);
    try {
      bad();
    } catch (e) {
      const issues = (e as SearchInputError).issues;
      expect(issues.map((i) => i.field)).toEqual([
        'synonyms.groups.0.typed',
        'synonyms.groups.1.expands_to.1',
        'synonyms.groups.1.expands_to.2',
      ]);
      expect(messages.text('nl', issues[0]!.message)).toMatch(/lijst/);
      expect(messages.text('en', issues[0]!.message)).toMatch(/list/);
    }
    expect(() => compileSynonyms({} as never)).toThrow(/synonyms\.groups/);
  });
});

describe('the real content/synonyms.yaml', () => {
  it('compiles, and the phrases workers type are found', async () => {
    const dir = fileURLToPath(new URL('../../../../content', import.meta.url));
    const result = await readContent(dir);
    if (!result.ok) throw new Error('content/ does not validate');
    const synonyms = compileSynonyms(result.content.synonyms);
    for (const text of ['geldzorgen', 'alleenstaande moeder', 'eenzaam', 'NEET', 'krap bij kas']) {
      expect(groupsFound(synonyms, text), text).toHaveLength(1);
    }
    expect(groupsFound(synonyms, 'alleenstaande moeder')[0]!.expandsTo).toContain('eenoudergezin');
  });
});
