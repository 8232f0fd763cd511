import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../contract/content';
import { CAPITALS } from '../domain/assessment/types';
import { readContent } from './read-content';

// The shipped decks hold what issue 13 promises the professional: all five capitals, real cases
// with an answer, intervention cards, eight reflection cards, the debt categories and the
// conversation techniques. The schema checks each card; this checks the decks as a whole.

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
let decks: Map<string, Deck>;

beforeAll(async () => {
  const result = await readContent(contentDir);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  decks = new Map(result.content.decks.map((d) => [d.id, d]));
});

const ofType = (deck: Deck | undefined, type: string) =>
  (deck?.cards ?? []).filter((c) => c.type === type);
/** 'waarom' and 'why' as a word, as a question would use them. */
const WHY = /\b(waarom|why)\b/i;

describe('Gezien en Gehoord', () => {
  it('has one capital card for each of the five capitals', () => {
    const cards = ofType(decks.get('gezien-en-gehoord'), 'kapitaal');
    expect(cards.flatMap((c) => c.capitals).sort()).toEqual([...CAPITALS].sort());
  });

  it('has at least six case cards, each answered with capitals, reasoning and literature', () => {
    const cases = ofType(decks.get('gezien-en-gehoord'), 'casus');
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const card of cases) {
      expect(card.capitals.length, card.id).toBeGreaterThanOrEqual(2);
      expect(card.sources.length, card.id).toBeGreaterThanOrEqual(1);
      // The answer names in words each capital the card is tagged with.
      for (const capital of card.capitals)
        expect(card.back?.nl.toLowerCase(), `${card.id} ${capital}`).toContain(capital);
    }
  });

  it('has intervention cards for at least six catalogue items and exactly eight reflection cards', () => {
    const deck = decks.get('gezien-en-gehoord');
    const items = new Set(ofType(deck, 'interventie').flatMap((c) => c.interventions));
    expect(items.size).toBeGreaterThanOrEqual(6);
    expect(ofType(deck, 'reflectie')).toHaveLength(8);
  });
});

describe('Kaartenset Schulden', () => {
  it('has our five categories with questions and statements in each', () => {
    const deck = decks.get('kaartenset-schulden');
    expect(deck?.categories.map((c) => c.id)).toEqual([
      'schaamte',
      'stress',
      'levensgebeurtenissen',
      'gewoontes',
      'netwerk',
    ]);
    for (const category of deck?.categories ?? []) {
      const cards = deck!.cards.filter((c) => c.category === category.id);
      expect(cards.length, category.id).toBeGreaterThanOrEqual(4);
      expect(cards.some((c) => c.type === 'vraag'), category.id).toBe(true);
      expect(cards.some((c) => c.type === 'stelling'), category.id).toBe(true);
    }
  });

  it('asks no why-questions, in Dutch or English', () => {
    const asking = (decks.get('kaartenset-schulden')?.cards ?? []).flatMap((c) => [c.front, c.back]);
    const why = asking.filter((t) => t && (WHY.test(t.nl) || WHY.test(t.en)));
    expect(why).toEqual([]);
  });
});

describe('Gesprekstechnieken', () => {
  it('has about ten technique cards, with example sentences on the back', () => {
    const cards = ofType(decks.get('gesprekstechnieken'), 'techniek');
    expect(cards.length).toBeGreaterThanOrEqual(8);
    expect(cards.every((c) => c.back !== undefined)).toBe(true);
    // Open questions, reflections and no why-questions are all covered.
    const ids = cards.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['open-vraag', 'reflecteren', 'geen-waarom']));
  });

  it('uses why only on the card that warns against it', () => {
    const cards = decks.get('gesprekstechnieken')?.cards ?? [];
    const withWhy = cards.filter((c) => [c.front, c.back].some((t) => t && WHY.test(t.nl)));
    expect(withWhy.map((c) => c.id)).toEqual(['geen-waarom']);
  });
});
