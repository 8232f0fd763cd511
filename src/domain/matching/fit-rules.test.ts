import { describe, expect, it } from 'vitest';
import { profile } from '../assessment/profile';
import { scoresFor, testInstrument } from '../assessment/test-fixtures';
import type { Capital, HouseholdFacts, ScanAnswers, Score } from '../assessment/types';
import type { ItemFit } from './fit';
import { matchInterventions } from './matching';
import type { MatchableIntervention, MatchResult } from './matching';
import { messages } from '../../content/message-files';
import type { Message } from '../../domain/message';

/** The summary in both languages, as the answer carries it. */
const sentence = (m: Message | undefined) => messages.sentence(m ?? { key: '' });

// The fit rules of ADR 0302: whom an item is for (content `matching:`) decides whether it is
// suggested at all; urgency and aspects decide the order and the reason sentence.

const PEILDATUM = '2026-11-24';

function item(id: string, fit: ItemFit = {}, extra: Partial<MatchableIntervention> = {}) {
  return {
    id,
    name: id,
    capitals: { primary: ['economisch'], secondary: [] },
    targetGroups: ['volwassenen'],
    phases: ['ondersteunen'],
    povertyTypes: [],
    lifeEvents: [],
    isLocal: false,
    fit,
    ...extra,
  } satisfies MatchableIntervention;
}

const adult = (birthYear: number, workStatus?: string) => ({
  birthYear,
  ...(workStatus ? { workStatus } : {}),
});

/** A parent of 36 with a child of 3, in Zwolle. */
const family: HouseholdFacts = {
  adults: [adult(1990)],
  children: [{ ref: 'k1', birthYear: 2023 }],
  gemeenteCode: 'GM0193',
  lifeEvents: [],
  riskFactors: [],
};
/** One adult of 45 without children, in Zwolle. */
const single: HouseholdFacts = { ...family, adults: [adult(1981)], children: [] };

function run(
  household: HouseholdFacts,
  interventions: MatchableIntervention[],
  scores: Partial<Record<Capital, Score>> = { economisch: 2 },
  answers: Partial<ScanAnswers> = {},
): MatchResult {
  return matchInterventions({
    peildatum: PEILDATUM,
    household,
    profile: profile(testInstrument, { ...scoresFor(scores), ...answers }),
    interventions,
    options: { perCapital: 20 },
  });
}
const ids = (r: MatchResult) => r.matches.map((m) => m.interventionId);

describe('fit rules: whom an item is for', () => {
  it('never suggests an item for professionals or organisations to a household', () => {
    const result = run(family, [
      item('training', { audience: 'professional' }),
      item('alliantie', { audience: 'organisatie' }),
      item('hulp', { audience: 'huishouden' }),
    ]);
    expect(ids(result)).toEqual(['hulp']);
  });

  it('suggests detention aftercare only with that life event, recent or of unknown year', () => {
    const nazorg = item('nazorg', { requires: { lifeEvents: ['detentie'] } });
    expect(ids(run(single, [nazorg]))).toEqual([]);
    expect(ids(run({ ...single, lifeEvents: [{ id: 'detentie', year: 2015 }] }, [nazorg]))).toEqual(
      [],
    );
    expect(ids(run({ ...single, lifeEvents: [{ id: 'detentie', year: 2026 }] }, [nazorg]))).toEqual(
      ['nazorg'],
    );
    expect(ids(run({ ...single, lifeEvents: [{ id: 'detentie' }] }, [nazorg]))).toEqual(['nazorg']);
  });

  it('suggests a baby programme only with a child of that age, or one on the way', () => {
    const baby = item('baby', { requires: { childAge: { min: 0, max: 2 } } });
    expect(ids(run(family, [baby]))).toEqual([]); // the child is 3
    const withBaby = { ...family, children: [{ ref: 'b', birthYear: 2026 }] };
    expect(ids(run(withBaby, [baby]))).toEqual(['baby']);
    const expecting = { ...single, lifeEvents: [{ id: 'zwangerschap', year: 2026 }] };
    expect(ids(run(expecting, [baby]))).toEqual(['baby']);
  });

  it('suggests parenting items only with children, and children’s funds not for an adult of 19', () => {
    const parenting = item('opvoeden', { requires: { householdTypes: ['met-kinderen'] } });
    const fund = item('kinderfonds', { requires: { childAge: { min: 4, max: 17 } } });
    const nineteen: HouseholdFacts = { ...single, adults: [adult(2007)] };
    expect(ids(run(nineteen, [parenting, fund]))).toEqual([]);
    const schoolChild = { ...family, children: [{ ref: 'k', birthYear: 2018 }] };
    expect(ids(run(schoolChild, [parenting, fund]))).toEqual(['kinderfonds', 'opvoeden']);
  });

  it('knows someone lives alone only when the household record says so', () => {
    const alone = item('alleen', { requires: { householdTypes: ['alleenstaand'] } });
    expect(ids(run(single, [alone]))).toEqual([]);
    expect(ids(run({ ...single, livesAlone: false }, [alone]))).toEqual([]);
    expect(ids(run({ ...single, livesAlone: true }, [alone]))).toEqual(['alleen']);
  });

  it('suggests a refugee programme only to a statushouder', () => {
    const refugees = item('statushouders', { requires: { targetGroups: ['statushouders'] } });
    expect(ids(run(family, [refugees]))).toEqual([]);
    expect(ids(run({ ...family, statushouder: true }, [refugees]))).toEqual(['statushouders']);
    // The ticked risk factor gives the same group.
    expect(ids(run({ ...family, targetGroups: ['statushouders'] }, [refugees]))).toEqual([
      'statushouders',
    ]);
  });

  it('needs every group entry, where a list means one of its groups', () => {
    const garantie = item('garantie', {
      requires: { targetGroups: ['schulden', ['werkzoekenden', 'uitkering']] },
    });
    expect(ids(run({ ...single, targetGroups: ['schulden'] }, [garantie]))).toEqual([]);
    expect(ids(run({ ...single, targetGroups: ['schulden', 'uitkering'] }, [garantie]))).toEqual([
      'garantie',
    ]);
  });

  it('matches a work status for a person of the required age, and derives job seekers from it', () => {
    const neet = item('neet', {
      requires: { age: { min: 16, max: 27 }, workStatus: ['geen-werk-of-school'] },
    });
    const seekers = item('werk', {}, { targetGroups: ['werkzoekenden'] });
    const young = { ...single, adults: [adult(2007, 'geen-werk-of-school')] };
    expect(ids(run(young, [neet, seekers])).sort()).toEqual(['neet', 'werk']);
    const older = { ...single, adults: [adult(1981, 'geen-werk-of-school')] };
    expect(ids(run(older, [neet, seekers]))).toEqual(['werk']);
    expect(ids(run({ ...single, adults: [adult(2007, 'school')] }, [neet, seekers]))).toEqual([]);
    expect(ids(run({ ...single, adults: [adult(2007)] }, [neet]))).toEqual([]);
  });
});

describe('fit rules: items of one place', () => {
  const pleintjes = item('pleintjes', { places: [{ code: 'GM0268', name: 'Nijmegen' }] });

  it('shows an item of another place as a practice example, not as an offer', () => {
    const result = run(family, [pleintjes]);
    expect(ids(result)).toEqual([]);
    expect(result.practiceExamples.map((e) => [e.interventionId, e.places])).toEqual([
      ['pleintjes', [{ code: 'GM0268', name: 'Nijmegen' }]],
    ]);
  });

  it('suggests it in its own place, and where a local organisation offers it', () => {
    const inNijmegen = run({ ...family, gemeenteCode: 'GM0268' }, [pleintjes]);
    expect(inNijmegen.matches.map((m) => [m.interventionId, m.isLocal])).toEqual([
      ['pleintjes', true],
    ]);
    expect(inNijmegen.matches[0]?.reasons.at(-1)?.code).toBe('local-offer');
    const offeredHere = run(family, [{ ...pleintjes, isLocal: true, localOfferIds: ['o1'] }]);
    expect(ids(offeredHere)).toEqual(['pleintjes']);
    expect(offeredHere.practiceExamples).toEqual([]);
  });
});

describe('fit rules: order and reasons', () => {
  const debts = (score: Score, wanted = false) => ({
    aspects: {
      'economisch.a': { householdScore: score, wantsToWorkOn: wanted },
      'economisch.b': { householdScore: 2 as Score, wantsToWorkOn: false },
      'economisch.c': { householdScore: 2 as Score, wantsToWorkOn: false },
    },
  });

  it('ranks core help for a low main aspect first, and nice-to-haves last', () => {
    const result = run(
      single,
      [
        item('pas', { priority: 'aanvulling', aspects: ['economisch.a'] }),
        item(
          'cursus',
          { aspects: ['economisch.a'] },
          { targetGroups: ['volwassenen', 'schulden'] },
        ),
        item('schuldhulp', { priority: 'basis', aspects: ['economisch.a'] }),
      ],
      {},
      debts(1),
    );
    expect(ids(result)).toEqual(['schuldhulp', 'cursus', 'pas']);
    expect(result.matches.map((m) => m.priority)).toEqual(['basis', 'gewoon', 'aanvulling']);
    expect(result.matches[0]?.reasons.map((r) => r.code)).toContain('core-help');
  });

  it('does not treat core help as urgent when its main aspect is fine', () => {
    const result = run(
      single,
      [
        item('schuldhulp', { priority: 'basis', aspects: ['economisch.c', 'economisch.a'] }),
        item('cursus', { aspects: ['economisch.a'] }),
      ],
      {},
      {
        aspects: {
          ...debts(1).aspects,
          'economisch.c': { householdScore: 4, wantsToWorkOn: false },
        },
      },
    );
    expect(ids(result)).toEqual(['cursus', 'schuldhulp']);
    expect(result.matches[1]?.reasons.map((r) => r.code)).not.toContain('core-help');
  });

  it('names the aspect and its level in the reason, and skips an item whose aspects are fine', () => {
    const result = run(
      single,
      [
        item('a-hulp', { aspects: ['economisch.a'] }),
        item('c-hulp', { aspects: ['economisch.c'] }),
      ],
      {},
      {
        aspects: {
          ...debts(1).aspects,
          'economisch.c': { householdScore: 4, wantsToWorkOn: false },
        },
      },
    );
    expect(ids(result)).toEqual(['a-hulp']);
    expect(sentence(result.matches[0]?.summary).nl).toMatch(
      /^'Titel economisch\.a' is laag \(1 van 5\)/,
    );
    expect(sentence(result.matches[0]?.summary).en).toMatch(
      /^'Title economisch\.a' is low \(1 of 5\)/,
    );
  });

  it("counts a child's aspect only for a child the item is meant for, and names the child's age", () => {
    const household = {
      ...family,
      children: [
        { ref: 'jong', birthYear: 2023 },
        { ref: 'oud', birthYear: 2016 },
      ],
    };
    const meedoen = (score: Score) => ({
      aspects: { 'kind.meedoen': { householdScore: score, wantsToWorkOn: false } },
    });
    const sociaal = { capitals: { primary: ['sociaal' as Capital], secondary: [] } };
    const items = [
      item(
        'peuter',
        { aspects: ['kind.meedoen'], requires: { childAge: { min: 0, max: 4 } } },
        sociaal,
      ),
      item(
        'club',
        { aspects: ['kind.meedoen'], requires: { childAge: { min: 6, max: 12 } } },
        sociaal,
      ),
    ];
    // Only the child of 10 does not join in: only the club fits.
    const older = run(
      household,
      items,
      { sociaal: 3 },
      {
        children: [{ childRef: 'oud', ...meedoen(1) }],
      },
    );
    expect(ids(older)).toEqual(['club']);
    expect(sentence(older.matches[0]?.summary).nl).toMatch(
      /^Bij een kind van 10 is 'Titel kind\.meedoen' laag \(1 van 5\)/,
    );
    // With the child of 3 low too, the toddler item fits through that child, not the older one.
    const both = run(
      household,
      items,
      { sociaal: 3 },
      {
        children: [
          { childRef: 'oud', ...meedoen(1) },
          { childRef: 'jong', ...meedoen(2) },
        ],
      },
    );
    const peuter = both.matches.find((m) => m.interventionId === 'peuter');
    expect(sentence(peuter?.summary).nl).toMatch(
      /^Bij een kind van 3 is 'Titel kind\.meedoen' laag \(2 van 5\)/,
    );
  });

  it('puts the weakest capital the household wants to work on first, a handful each', () => {
    const list = ['economisch', 'sociaal', 'mentaal'].flatMap((capital) =>
      Array.from({ length: 7 }, (_, n) =>
        item(`${capital}-${n}`, {}, { capitals: { primary: [capital as Capital], secondary: [] } }),
      ),
    );
    const result = matchInterventions({
      peildatum: PEILDATUM,
      household: single,
      profile: profile(testInstrument, {
        ...scoresFor({ economisch: 1, sociaal: 2, mentaal: 3 }),
        aspects: {
          ...scoresFor({ economisch: 1, sociaal: 2, mentaal: 3 }).aspects,
          'sociaal.a': { householdScore: 2, wantsToWorkOn: true },
        },
      }),
      interventions: list,
    });
    expect(result.capitalOrder).toEqual(['sociaal', 'economisch']);
    expect(result.matches.map((m) => m.capital)).toEqual([
      ...Array<string>(5).fill('sociaal'),
      ...Array<string>(5).fill('economisch'),
    ]);
  });

  it('gives suggestions that share their first reason different sentences', () => {
    const result = run(
      family,
      [
        // Two items that fit for exactly the same reasons.
        item('x', { aspects: ['economisch.a'] }, { targetGroups: ['gezinnen'] }),
        item('y', { aspects: ['economisch.a'] }, { targetGroups: ['gezinnen'] }),
      ],
      {},
      debts(1),
    );
    expect(result.matches.map((m) => sentence(m.summary).nl)).toEqual([
      "'Titel economisch.a' is laag (1 van 5) en economisch kapitaal is laag (1,7 van 5)",
      "'Titel economisch.a' is laag (1 van 5) en bedoeld voor gezinnen met kinderen",
    ]);
  });
});
