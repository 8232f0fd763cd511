import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { issueText } from '../validation-messages';
import { capitalsFileSchema } from './capital';
import { interventionSchema } from './intervention';
import { itemFitFromContent } from './matching';
import { synonymsSchema } from './synonyms';
import { vocabulariesSchema, type Vocabularies } from './vocabularies';

const entry = (id: string) => ({ id, nl: id, en: id });

const vocabularies: Vocabularies = vocabulariesSchema.parse({
  capitals: [
    { id: 'economisch', nl: 'Economisch kapitaal', en: 'Economic capital' },
    { id: 'sociaal', nl: 'Sociaal kapitaal', en: 'Social capital' },
  ],
  phases: [entry('signaleren'), entry('ondersteunen')],
  poverty_types: [entry('situationeel')],
  kinds: [entry('werkwijze')],
  evidence_levels: [
    { ...entry('praktijk-ervaren'), rank: 2 },
    { ...entry('niet-onderzocht'), rank: 1 },
  ],
  target_groups: [entry('volwassenen')],
  life_events: [entry('scheiding')],
  domains: [entry('sociaal')],
});

const validItem = {
  id: 'buurtkamer',
  name: 'Buurtkamer',
  kind: 'werkwijze',
  summary: 'Een huiskamer in de wijk.',
  description: 'Eerste alinea.\n\nTweede alinea.',
  capitals: { primary: ['sociaal'], secondary: ['economisch'] },
  working_elements: [],
  target_groups: ['volwassenen'],
  phases: ['ondersteunen'],
  poverty_types: [],
  life_events: [],
  domains: ['sociaal'],
  evidence: { level: 'praktijk-ervaren', source: 'Testbron', date: '2021-01-18' },
  providers: [],
  sources: [{ document: 'test', section: 'buurtkamer' }],
  last_reviewed: '2026-11-24',
};

/** The issues of a failed parse as `path: nl-message`, so a test can name the field it expects. */
function issues(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  return result.success
    ? []
    : result.error.issues.map((i) => `${i.path.join('.')}: ${issueText(i).nl}`);
}

describe('interventionSchema', () => {
  const schema = interventionSchema(vocabularies);

  it('accepts a complete item', () => {
    expect(schema.safeParse(validItem).success).toBe(true);
  });

  it('limits the summary to 240 characters', () => {
    expect(schema.safeParse({ ...validItem, summary: 'a'.repeat(240) }).success).toBe(true);
    expect(issues(schema, { ...validItem, summary: 'a'.repeat(241) })).toEqual([
      'summary: Gebruik hoogstens 240 tekens.',
    ]);
  });

  it('needs at least one primary capital, and a capital cannot be both', () => {
    expect(
      issues(schema, { ...validItem, capitals: { primary: [], secondary: ['sociaal'] } }),
    ).toEqual(['capitals.primary: Kies er minstens 1.']);
    const both = issues(schema, {
      ...validItem,
      capitals: { primary: ['sociaal'], secondary: ['economisch', 'sociaal'] },
    });
    expect(both).toHaveLength(1);
    expect(both[0]).toMatch(/^capitals\.secondary\.1: 'sociaal' staat al bij primary/);
  });

  it('checks ids against the vocabularies and rejects repeats', () => {
    const wrong = issues(schema, { ...validItem, life_events: ['scheiding', 'verhuizing'] });
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatch(/^life_events\.1: 'verhuizing' staat niet in vocabularies\.yaml › life_events/);
    const repeated = issues(schema, { ...validItem, phases: ['ondersteunen', 'ondersteunen'] });
    expect(repeated[0]).toMatch(/^phases\.1: /);
  });

  it('keeps the age range within 0–120 with min at most max', () => {
    expect(schema.safeParse({ ...validItem, age_range: { min: 12, max: 12 } }).success).toBe(true);
    expect(issues(schema, { ...validItem, age_range: { min: 18, max: 12 } })).toEqual([
      'age_range.max: De hoogste leeftijd (12) is lager dan de laagste (18).',
    ]);
    expect(issues(schema, { ...validItem, age_range: { min: 0, max: 121 } })[0]).toMatch(
      /^age_range\.max: /,
    );
  });

  it('takes a source date as precise as the source, but only real dates', () => {
    for (const date of ['2021', '2021-06', '2021-06-30', 2021])
      expect(schema.safeParse({ ...validItem, evidence: { ...validItem.evidence, date } }).success)
        .toBe(true);
    for (const date of ['2021-02-30', '2021-13', '21-01-2021', 'DATE_002'])
      expect(issues(schema, { ...validItem, evidence: { ...validItem.evidence, date } })).toEqual([
        `evidence.date: Vul een datum in als JJJJ-MM-DD, JJJJ-MM of JJJJ, niet '${date}'.`,
      ]);
  });

  it('rejects evidence dated after the last review', () => {
    const late = { ...validItem, evidence: { ...validItem.evidence, date: '2027-01-01' } };
    expect(issues(schema, late)[0]).toMatch(/^evidence\.date: De datum van het bewijs/);
  });

  it('asks for two to five paragraphs of description', () => {
    expect(issues(schema, { ...validItem, description: 'Maar één alinea.' })[0]).toMatch(
      /^description: Schrijf 2 tot 5 korte alinea's .*\(nu 1\)/,
    );
  });
});

describe('capitalsFileSchema', () => {
  const schema = capitalsFileSchema(vocabularies);
  const capital = (id: string, name: string) => ({
    id,
    name,
    in_short: 'Kort.',
    definition: 'Definitie.',
    why_it_matters: 'Waarom.',
    how_to_strengthen: ['Zo.'],
    signals: [{ text: 'Signaal.', type: 'ask' }],
    example_interventions: ['buurtkamer'],
    sources: [{ document: 'test', section: id }],
  });
  const file = {
    last_reviewed: '2026-11-24',
    principles: ['Samen.'],
    capitals: [capital('economisch', 'Economisch kapitaal'), capital('sociaal', 'Sociaal kapitaal')],
    interactions: [{ from: 'sociaal', to: 'economisch', kind: 'versterkt', text: 'Via werk.' }],
  };

  it('accepts a file with every capital', () => {
    expect(schema.safeParse(file).success).toBe(true);
  });

  it('requires every capital of the vocabulary, named by its label', () => {
    expect(issues(schema, { ...file, capitals: [file.capitals[0]] })).toEqual([
      'capitals: Elk kapitaal uit vocabularies.yaml hoort erin; dit ontbreekt: sociaal.',
    ]);
    const renamed = { ...file, capitals: [file.capitals[0], capital('sociaal', 'Netwerk')] };
    expect(issues(schema, renamed)[0]).toMatch(/^capitals\.1\.name: /);
  });

  it('only knows observe, ask and context signals', () => {
    const bad = capital('sociaal', 'Sociaal kapitaal');
    bad.signals = [{ text: 'Signaal.', type: 'vraag' }];
    expect(issues(schema, { ...file, capitals: [file.capitals[0], bad] })[0]).toMatch(
      /^capitals\.1\.signals\.0\.type: Kies een van: observe, ask, context/,
    );
  });

  it('links two different capitals in an interaction', () => {
    const self = { from: 'sociaal', to: 'sociaal', kind: 'versterkt', text: 'Zelf.' };
    expect(issues(schema, { ...file, interactions: [self] })[0]).toMatch(/^interactions\.0\.to: /);
  });
});

describe('synonymsSchema', () => {
  it('lets a typed word belong to one group only, ignoring case', () => {
    const file = {
      last_reviewed: '2026-11-24',
      groups: [
        { typed: ['geldzorgen'], expands_to: ['schulden'] },
        { typed: ['Geldzorgen', 'krap'], expands_to: ['armoede'] },
      ],
    };
    expect(issues(synonymsSchema, file)).toEqual([
      "groups.1.typed.0: 'Geldzorgen' staat ook al bij groep 1; een getypt woord hoort bij één groep.",
    ]);
  });
});

describe('interventionSchema › matching', () => {
  const schema = interventionSchema(vocabularies);
  const withMatching = (matching: unknown) => ({ ...validItem, matching });

  it('accepts whom an item is for, and turns it into the matching data', () => {
    const block = {
      audience: 'huishouden',
      priority: 'basis',
      aspects: ['economisch.schulden'],
      requires: {
        life_events: ['scheiding'],
        target_groups: ['volwassenen'],
        child_age: { min: 0, max: 3 },
        household_types: ['met-kinderen'],
        work_status: ['geen-werk-of-school'],
      },
      place: [{ code: 'GM0268', name: 'Nijmegen' }],
    };
    const parsed = schema.parse(withMatching(block));
    expect(itemFitFromContent(parsed.matching!)).toEqual({
      audience: 'huishouden',
      priority: 'basis',
      aspects: ['economisch.schulden'],
      requires: {
        lifeEvents: ['scheiding'],
        targetGroups: ['volwassenen'],
        childAge: { min: 0, max: 3 },
        householdTypes: ['met-kinderen'],
        workStatus: ['geen-werk-of-school'],
      },
      places: [{ code: 'GM0268', name: 'Nijmegen' }],
    });
  });

  it('refuses a list of alternatives with only one group: write the group itself', () => {
    const found = issues(
      schema,
      withMatching({ audience: 'huishouden', requires: { target_groups: [['volwassenen']] } }),
    );
    expect(found.map((f) => f.split(':')[0])).toEqual(['matching.requires.target_groups.0']);
  });

  it('names the field of every wrong value', () => {
    const found = issues(
      schema,
      withMatching({
        audience: 'iedereen',
        aspects: ['schulden'],
        requires: { life_events: ['detentie'], child_age: { min: 5, max: 2 } },
        place: [{ code: '0268', name: 'Nijmegen' }],
      }),
    );
    expect(found.map((f) => f.split(':')[0])).toEqual([
      'matching.audience',
      'matching.aspects.0',
      'matching.requires.life_events.0',
      'matching.requires.child_age.max',
      'matching.place.0.code',
    ]);
  });
});
