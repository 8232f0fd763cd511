import { describe, expect, it } from 'vitest';
import { profile } from '../assessment/profile';
import { testInstrument } from '../assessment/test-fixtures';
import type { AspectAnswer, Capital, ScanAnswers, Score } from '../assessment/types';
import { orderDecks, suggestCards, weakestCapitals } from './order';

// A household's capital profile comes from the kapitaalscan; the cards offered first are those
// about its weakest capitals. Profiles below are built from real answers (three aspects per
// capital, household ratings), so the means are what the profile page shows.

function answers(
  byAspect: Partial<Record<Capital, [Score, Score, Score] | [Score, Score]>>,
): ScanAnswers {
  const aspects: Record<string, AspectAnswer> = {};
  for (const [capital, scores] of Object.entries(byAspect))
    scores.forEach((score, i) => {
      aspects[`${capital}.${'abc'[i]}`] = { householdScore: score, wantsToWorkOn: false };
    });
  return {
    instrumentId: 'kapitaalscan',
    instrumentVersion: 1,
    aspects,
    children: [],
    riskFactors: [],
    protectiveFactors: [],
  };
}

/** A family after a job loss: money very low (1,2,2 → 1.7), stress (2,2,2 → 2.0), network fine. */
const jobLoss = profile(
  testInstrument,
  answers({
    economisch: [1, 2, 2],
    mentaal: [2, 2, 2],
    sociaal: [4, 3, 3],
    cultureel: [4, 4, 3],
    pedagogisch: [3, 4, 4],
  }),
).capitals;

/** A family in long-term poverty: isolated (1,1,2 → 1.3), money low (2,2,2 → 2.0); feelings not rated. */
const isolated = profile(
  testInstrument,
  answers({ sociaal: [1, 1, 2], economisch: [2, 2, 2], cultureel: [3, 3], pedagogisch: [4, 3, 3] }),
).capitals;

/** Nothing weak: every capital 3 or higher. */
const steady = profile(
  testInstrument,
  answers({ economisch: [3, 3, 4], sociaal: [4, 4, 4], mentaal: [3, 4, 3] }),
).capitals;

const decks = [
  {
    id: 'gezien-en-gehoord',
    cards: [
      { id: 'kapitaal-economisch', type: 'kapitaal', capitals: ['economisch'] },
      { id: 'casus-a', type: 'casus', capitals: ['economisch', 'mentaal'] },
      { id: 'interventie-thuiskamers', type: 'interventie', capitals: ['sociaal', 'pedagogisch'] },
      {
        id: 'interventie-vroegsignalering',
        type: 'interventie',
        capitals: ['economisch', 'mentaal'],
      },
    ],
  },
  {
    id: 'kaartenset-schulden',
    cards: [
      { id: 'netwerk-wie', type: 'vraag', capitals: ['sociaal'] },
      { id: 'stress-rust', type: 'vraag', capitals: ['mentaal'] },
      { id: 'leven-begin', type: 'vraag', capitals: ['economisch'] },
      { id: 'schaamte-iedereen', type: 'stelling', capitals: ['mentaal'] },
    ],
  },
];

describe('weakestCapitals', () => {
  it('lists the low capitals of a real profile, weakest first', () => {
    expect(jobLoss.find((c) => c.capital === 'economisch')?.score).toBe(1.7);
    expect(weakestCapitals(jobLoss)).toEqual(['economisch', 'mentaal']);
    expect(weakestCapitals(isolated)).toEqual(['sociaal', 'economisch']);
  });

  it('leaves out unrated capitals and returns nothing when no capital is low', () => {
    expect(isolated.find((c) => c.capital === 'mentaal')?.score).toBeNull();
    expect(weakestCapitals(steady)).toEqual([]);
  });

  it('breaks ties in the fixed order of the capitals, whatever the order of the profile', () => {
    const tie = [
      { capital: 'mentaal' as const, score: 2 },
      { capital: 'economisch' as const, score: 2 },
    ];
    expect(weakestCapitals(tie)).toEqual(['economisch', 'mentaal']);
    expect(weakestCapitals([...tie].reverse())).toEqual(['economisch', 'mentaal']);
  });
});

describe('suggestCards', () => {
  it('offers household cards about the weakest capital first, then the next weakest', () => {
    const ids = suggestCards(decks, jobLoss).map((s) => s.card.id);
    // economisch (1.7) before mentaal (2.0); the card touching both leads its group.
    expect(ids).toEqual([
      'interventie-vroegsignalering',
      'leven-begin',
      'stress-rust',
      'schaamte-iedereen',
    ]);
    expect(suggestCards(decks, jobLoss)[0]?.matches).toEqual(['economisch', 'mentaal']);
  });

  it('never offers cards that train the professional (capital, case, reflection)', () => {
    const types = suggestCards(decks, jobLoss).map((s) => s.card.type);
    expect(types).not.toContain('kapitaal');
    expect(types).not.toContain('casus');
  });

  it('follows the household: an isolated family gets the network cards first', () => {
    const first = suggestCards(decks, isolated, 2);
    expect(first.map((s) => [s.deckId, s.card.id])).toEqual([
      ['gezien-en-gehoord', 'interventie-thuiskamers'],
      ['kaartenset-schulden', 'netwerk-wie'],
    ]);
  });

  it('offers nothing when no capital is weak', () => {
    expect(suggestCards(decks, steady)).toEqual([]);
  });
});

describe('orderDecks', () => {
  it('puts the deck with most household cards on the weakest capital first', () => {
    // Job loss: economisch has one household card in each deck; mentaal decides (1 vs 2).
    expect(orderDecks(decks, jobLoss).map((d) => d.id)).toEqual([
      'kaartenset-schulden',
      'gezien-en-gehoord',
    ]);
  });

  it('keeps the given order when nothing is weak', () => {
    expect(orderDecks(decks, steady).map((d) => d.id)).toEqual([
      'gezien-en-gehoord',
      'kaartenset-schulden',
    ]);
  });
});
