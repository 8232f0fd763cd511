import { describe, expect, it } from 'vitest';
import { profile } from '../assessment/profile';
import { scoresFor, testInstrument } from '../assessment/test-fixtures';
import type { Capital, HouseholdFacts, ScanAnswers, Score } from '../assessment/types';
import { indexInterventions, matchInterventions } from './matching';
import type { MatchableIntervention, MatchingInput } from './matching';
import { wordMatches } from '../../contract/scan/worded';

const PEILDATUM = '2026-11-24';

function item(id: string, extra: Partial<MatchableIntervention> = {}): MatchableIntervention {
  return {
    id,
    name: id,
    capitals: { primary: ['economisch'], secondary: [] },
    targetGroups: ['volwassenen'],
    phases: ['ondersteunen'],
    povertyTypes: [],
    lifeEvents: [],
    isLocal: false,
    ...extra,
  };
}

/** A parent of unknown age with one child born in 2023 (3 on the peildatum). */
const family: HouseholdFacts = {
  adults: [{}],
  children: [{ ref: 'k1', birthYear: 2023 }],
  lifeEvents: [],
  riskFactors: [],
};

function run(
  scores: Partial<Record<Capital, Score>>,
  interventions: MatchableIntervention[],
  extra: Partial<MatchingInput> = {},
  answers: Partial<ScanAnswers> = {},
) {
  const scan = { ...scoresFor(scores), ...answers };
  // Worded as the answer carries it (src/server/households/profile-view.ts).
  return wordMatches(
    matchInterventions({
      peildatum: PEILDATUM,
      household: family,
      profile: profile(testInstrument, scan),
      interventions,
      ...extra,
    }),
  );
}

const ids = (result: ReturnType<typeof run>) => result.matches.map((m) => m.interventionId);

describe('matchInterventions: capital weakness', () => {
  it('matches on a low capital and says so, with the child whose age fits', () => {
    const result = run({ pedagogisch: 2, sociaal: 3 }, [
      item('opvoedsteun', {
        capitals: { primary: ['pedagogisch'], secondary: [] },
        targetGroups: ['ouders'],
        ageRange: { min: 0, max: 4 },
      }),
    ]);
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]?.summary).toEqual({
      nl: 'Er is een kind van 3 en pedagogisch kapitaal is laag (2 van 5)',
      en: 'There is a child aged 3 and pedagogical capital is low (2 of 5)',
    });
    expect(result.matches[0]?.reasons.slice(0, 2)).toEqual([
      {
        code: 'capital-low',
        nl: 'pedagogisch kapitaal is laag (2 van 5)',
        en: 'pedagogical capital is low (2 of 5)',
        params: { capital: 'pedagogisch', score: 2 },
      },
      {
        code: 'age-fit',
        nl: 'er is een kind van 3',
        en: 'there is a child aged 3',
        params: { ages: [3], min: 0, max: 4 },
      },
    ]);
  });

  it('groups by capital, the lower one first, and ranks a primary capital above a secondary one', () => {
    const result = run({ economisch: 1, mentaal: 2 }, [
      item('mentaal-primair', { capitals: { primary: ['mentaal'], secondary: [] } }),
      item('economisch-secundair', {
        capitals: { primary: ['cultureel'], secondary: ['economisch'] },
      }),
      item('economisch-primair'),
    ]);
    expect(ids(result)).toEqual(['economisch-primair', 'economisch-secundair', 'mentaal-primair']);
    expect(result.matches.map((m) => m.capital)).toEqual(['economisch', 'economisch', 'mentaal']);
    expect(result.matches.map((m) => m.score)).toEqual([4, 2, 3]);
    expect(result.capitalOrder).toEqual(['economisch', 'mentaal']);
  });

  it("matches on 'hier wil ik aan werken' and on a single low aspect of a middling capital", () => {
    const result = run(
      {},
      [item('geld'), item('netwerk', { capitals: { primary: ['sociaal'], secondary: [] } })],
      {},
      {
        aspects: {
          'economisch.a': { householdScore: 4, wantsToWorkOn: true },
          'sociaal.a': { householdScore: 2, wantsToWorkOn: false },
          'sociaal.b': { householdScore: 4, wantsToWorkOn: false },
        },
      },
    );
    expect(ids(result)).toEqual(['geld', 'netwerk']);
    expect(result.matches[0]?.reasons[0]).toMatchObject({
      code: 'wants-to-work-on',
      nl: "het huishouden wil werken aan 'Titel economisch.a'",
    });
    expect(result.matches[1]?.reasons[0]).toMatchObject({
      code: 'aspect-low',
      nl: "'Titel sociaal.a' is laag (2 van 5)",
    });
  });

  it('matches nothing when nothing is low and nobody wants to work on anything', () => {
    const result = run({ economisch: 3, sociaal: 4, cultureel: 5, mentaal: 3 }, [
      item('a'),
      item('b', { capitals: { primary: ['sociaal'], secondary: ['mentaal'] } }),
    ]);
    expect(result).toEqual({
      matches: [],
      capitalOrder: [],
      practiceExamples: [],
      totalMatched: 0,
      combinations: [],
      needs: [],
    });
  });

  it('does not match an intervention that works only on capitals without a need', () => {
    const result = run({ economisch: 2, sociaal: 4 }, [
      item('sociaal', { capitals: { primary: ['sociaal'], secondary: ['cultureel'] } }),
    ]);
    expect(result.totalMatched).toBe(0);
  });

  it("counts a child's low aspect for interventions that reach that child", () => {
    const answers = {
      children: [
        {
          childRef: 'k1',
          aspects: { 'kind.meedoen': { householdScore: 1 as Score, wantsToWorkOn: false } },
        },
      ],
    };
    const result = run(
      { sociaal: 3 },
      [
        item('sportfonds', {
          capitals: { primary: ['sociaal'], secondary: [] },
          targetGroups: ['kinderen'],
          ageRange: { min: 2, max: 12 },
        }),
        item('volwassenengroep', { capitals: { primary: ['sociaal'], secondary: [] } }),
      ],
      {},
      answers,
    );
    expect(ids(result)).toEqual(['sportfonds']);
    expect(result.matches[0]?.reasons[0]).toMatchObject({
      code: 'child-aspect-low',
      nl: "voor een kind van 3 is 'Titel kind.meedoen' laag (1 van 5)",
      params: { childRef: 'k1', age: 3, aspectId: 'kind.meedoen' },
    });
  });
});

describe('matchInterventions: fit rules', () => {
  it('leaves out an intervention for ages nobody in the household has', () => {
    const result = run({ economisch: 2 }, [
      item('peuters', { ageRange: { min: 0, max: 4 } }),
      item('tieners', { ageRange: { min: 12, max: 18 } }),
      item('volwassenen-18-plus', { ageRange: { min: 18, max: 120 } }),
    ]);
    // The parent's age is unknown: an adult fits a range for all adults, not one for 12–18.
    expect(ids(result).sort()).toEqual(['peuters', 'volwassenen-18-plus']);
  });

  it('uses the known age of an adult, and says so when no child fits', () => {
    const young: HouseholdFacts = { ...family, adults: [{ birthYear: 2007 }] };
    const result = run(
      { economisch: 2 },
      [
        item('jongvolwassenen', { ageRange: { min: 18, max: 27 } }),
        item('ouderen', { ageRange: { min: 65, max: 120 } }),
      ],
      { household: young },
    );
    expect(ids(result)).toEqual(['jongvolwassenen']);
    expect(result.matches[0]?.reasons[1]).toMatchObject({
      code: 'age-fit',
      nl: 'er is een volwassene van 19',
      en: 'there is an adult aged 19',
    });
  });

  it('uses the peildatum for ages: the same child is too old a year later', () => {
    const toddlers = [item('peuters', { ageRange: { min: 0, max: 3 } })];
    expect(run({ economisch: 2 }, toddlers).totalMatched).toBe(1);
    expect(run({ economisch: 2 }, toddlers, { peildatum: '2027-01-01' }).totalMatched).toBe(0);
  });

  it('needs a target group the household belongs to and names specific ones as a reason', () => {
    const single: HouseholdFacts = { ...family, targetGroups: ['huurders'] };
    const result = run(
      { economisch: 2 },
      [
        item('eenouder', { targetGroups: ['eenoudergezinnen', 'huurders'] }),
        item('statushouders', { targetGroups: ['statushouders'] }),
        item('professionals', { targetGroups: ['professionals', 'gemeenten'] }),
        item('iedereen', { targetGroups: ['wijkbewoners'] }),
      ],
      { household: single },
    );
    expect(ids(result)).toEqual(['eenouder', 'iedereen']);
    expect(result.matches[0]?.reasons).toContainEqual({
      code: 'target-group',
      nl: 'bedoeld voor eenoudergezinnen en huurders',
      en: 'meant for single-parent families and tenants',
      params: { targetGroups: ['eenoudergezinnen', 'huurders'] },
    });
    expect(result.matches[1]?.reasons.map((r) => r.code)).toEqual(['capital-low']);
  });

  it('raises an intervention for a recent life event, not for one long ago', () => {
    const interventions = [item('a-gewoon'), item('z-scheiding', { lifeEvents: ['scheiding'] })];
    const recent = run({ economisch: 2 }, interventions, {
      household: { ...family, lifeEvents: [{ id: 'scheiding', year: 2026 }] },
    });
    expect(ids(recent)).toEqual(['z-scheiding', 'a-gewoon']);
    expect(recent.matches[0]?.reasons).toContainEqual({
      code: 'life-event',
      nl: 'past bij wat er speelt: een scheiding',
      en: 'fits what is going on: a separation',
      params: { lifeEvents: ['scheiding'] },
    });
    const old = run({ economisch: 2 }, interventions, {
      household: { ...family, lifeEvents: [{ id: 'scheiding', year: 2015 }] },
    });
    expect(ids(old)).toEqual(['a-gewoon', 'z-scheiding']);
  });

  it('raises an intervention for a suggested form of poverty, more for a stronger suggestion', () => {
    const interventions = [
      item('a-generatie', { povertyTypes: ['generatie'] }),
      item('b-situationeel', { povertyTypes: ['situationeel'] }),
      item('c-geen'),
    ];
    const result = run({ economisch: 2 }, interventions, {
      povertyTypes: [
        { type: 'situationeel', strength: 'strong' },
        { type: 'generatie', strength: 'weak' },
      ],
    });
    expect(ids(result)).toEqual(['b-situationeel', 'a-generatie', 'c-geen']);
    expect(result.matches.map((m) => m.score)).toEqual([5, 3.5, 3]);
    expect(result.matches[0]?.reasons).toContainEqual({
      code: 'poverty-type',
      nl: 'past bij de kenmerken van situationele armoede in deze situatie (suggestie)',
      en: 'fits the features of situational poverty in this situation (suggestion)',
      params: { povertyType: 'situationeel', strength: 'strong' },
    });
  });

  it('keeps only the asked phases', () => {
    const result = run(
      { economisch: 2 },
      [
        item('signaal', { phases: ['signaleren'] }),
        item('steun', { phases: ['ondersteunen', 'stimuleren'] }),
      ],
      { options: { phases: ['stimuleren'] } },
    );
    expect(ids(result)).toEqual(['steun']);
  });
});

describe('matchInterventions: order and combinations', () => {
  it('puts local offers first among equally relevant ones, then sorts by name', () => {
    const result = run(
      { economisch: 2 },
      [
        item('x1', { name: 'Budgetcursus' }),
        item('x2', { name: 'Thuisadministratie', isLocal: true, localOfferIds: ['lo-7'] }),
        item('x3', { name: 'Armoedepact' }),
        item('x4', {
          name: 'Zorg',
          capitals: { primary: ['economisch', 'mentaal'], secondary: [] },
        }),
      ],
      { household: { ...family, gemeenteCode: 'GM0202' } },
      {
        aspects: {
          ...scoresFor({ economisch: 2 }).aspects,
          'mentaal.a': { householdScore: 1, wantsToWorkOn: false },
        },
      },
    );
    expect(ids(result)).toEqual(['x4', 'x2', 'x3', 'x1']);
    expect(result.matches[1]?.reasons.at(-1)).toEqual({
      code: 'local-offer',
      nl: 'er is aanbod in de eigen gemeente',
      en: "there is an offer in the household's own municipality",
      params: { gemeenteCode: 'GM0202', localOfferIds: ['lo-7'] },
    });
  });

  it('gives the same order whatever the input order', () => {
    const list = Array.from({ length: 40 }, (_, i) =>
      item(`i${String(i).padStart(2, '0')}`, {
        name: `Aanbod ${i % 7}`,
        isLocal: i % 3 === 0,
        capitals: { primary: [i % 2 ? 'economisch' : 'mentaal'], secondary: [] },
        lifeEvents: i % 5 === 0 ? ['baanverlies'] : [],
      }),
    );
    const input = {
      household: { ...family, lifeEvents: [{ id: 'baanverlies' }] },
    };
    const forward = ids(run({ economisch: 2, mentaal: 2 }, list, input));
    const backward = ids(run({ economisch: 2, mentaal: 2 }, [...list].reverse(), input));
    const shuffled = ids(
      run(
        { economisch: 2, mentaal: 2 },
        list.filter((_, i) => i % 2).concat(list.filter((_, i) => !(i % 2))),
        input,
      ),
    );
    expect(backward).toEqual(forward);
    expect(shuffled).toEqual(forward);
  });

  it('returns at most the limit, and says how many matched in total', () => {
    const list = Array.from({ length: 30 }, (_, i) => item(`i${i}`));
    const result = run({ economisch: 2 }, list, { options: { limit: 5, perCapital: 10 } });
    expect(result.matches).toHaveLength(5);
    expect(result.totalMatched).toBe(30);
  });

  it('suggests at most a handful per capital (5 unless asked otherwise)', () => {
    const list = Array.from({ length: 10 }, (_, i) => item(`e${i}`)).concat(
      Array.from({ length: 10 }, (_, i) =>
        item(`m${i}`, { capitals: { primary: ['mentaal'], secondary: [] } }),
      ),
    );
    const result = run({ economisch: 2, mentaal: 1 }, list);
    expect(result.matches.map((m) => m.capital)).toEqual([
      ...Array<string>(5).fill('mentaal'),
      ...Array<string>(5).fill('economisch'),
    ]);
    expect(result.totalMatched).toBe(20);
  });

  it('pairs a strong capital with a weak one through an intervention that uses the strong one as lever', () => {
    const result = run({ sociaal: 4, economisch: 2, mentaal: 3 }, [
      item('schaduwactiviteit', {
        name: 'Groep met geldtips',
        capitals: { primary: ['sociaal'], secondary: ['economisch'] },
      }),
      item('budgetcursus', { name: 'Budgetcursus' }),
      item('ontmoeting', { capitals: { primary: ['sociaal'], secondary: ['mentaal'] } }),
    ]);
    expect(result.combinations).toEqual([
      {
        strong: { capital: 'sociaal', score: 4 },
        weak: { capital: 'economisch', score: 2 },
        linked: true,
        reason: expect.objectContaining({
          code: 'lever',
          nl: expect.stringMatching(
            /^Sociaal kapitaal is sterk \(4 van 5\) en kan helpen bij economisch kapitaal \(2 van 5\)\. /,
          ),
        }),
        interventions: [
          { interventionId: 'schaduwactiviteit', name: 'Groep met geldtips', isLocal: false },
        ],
      },
    ]);
    const lever = result.matches.find((m) => m.interventionId === 'schaduwactiviteit');
    expect(lever?.reasons.map((r) => r.code)).toEqual(['capital-low', 'lever']);
    expect(ids(result)).not.toContain('ontmoeting');
  });

  it('makes no combination without a strong capital', () => {
    const result = run({ sociaal: 3, economisch: 2 }, [
      item('schaduwactiviteit', { capitals: { primary: ['sociaal'], secondary: ['economisch'] } }),
    ]);
    expect(result.totalMatched).toBe(1);
    expect(result.combinations).toEqual([]);
  });
});

describe('matchInterventions with a prebuilt index', () => {
  const list = Array.from({ length: 60 }, (_, i) =>
    item(`i${i}`, {
      name: `Aanbod ${i % 9}`,
      capitals: {
        primary: [(['economisch', 'sociaal', 'pedagogisch'] as const)[i % 3] as Capital],
        secondary: i % 4 === 0 ? ['mentaal'] : [],
      },
      targetGroups: [
        (['volwassenen', 'kinderen', 'eenoudergezinnen', 'statushouders'] as const)[
          i % 4
        ] as string,
      ],
      ...(i % 5 === 0 ? { ageRange: { min: 0, max: 6 } } : {}),
      lifeEvents: i % 7 === 0 ? ['scheiding'] : [],
      povertyTypes: i % 6 === 0 ? ['situationeel'] : [],
      isLocal: i % 8 === 0,
    }),
  );
  const index = indexInterventions(list);

  it('gives exactly the same result as the plain list, for different households', () => {
    const households: [Partial<Record<Capital, Score>>, Partial<MatchingInput>][] = [
      [{ economisch: 2, sociaal: 4, mentaal: 1 }, {}],
      [
        { pedagogisch: 1, sociaal: 5 },
        {
          household: { ...family, lifeEvents: [{ id: 'scheiding', year: 2026 }] },
          povertyTypes: [{ type: 'situationeel', strength: 'moderate' }],
        },
      ],
    ];
    for (const [scores, extra] of households) {
      const plain = run(scores, list, extra);
      const indexed = wordMatches(
        matchInterventions({
          peildatum: PEILDATUM,
          household: family,
          profile: profile(testInstrument, scoresFor(scores)),
          ...extra,
          interventions: index,
        }),
      );
      expect(indexed).toEqual(plain);
      expect(plain.totalMatched).toBeGreaterThan(0);
    }
  });
});

describe('matchInterventions with many distinct target groups', () => {
  it('still finds the fitting group when the ids need more than one 32-bit word', () => {
    const list = Array.from({ length: 40 }, (_, i) =>
      item(`i${i}`, { targetGroups: [`groep-${i}`] }),
    );
    const result = run({ economisch: 2 }, list, {
      household: { ...family, targetGroups: ['groep-37'] },
    });
    expect(ids(result)).toEqual(['i37']);
    expect(result.matches[0]?.reasons.map((r) => r.code)).toEqual(['capital-low', 'target-group']);
  });
});
