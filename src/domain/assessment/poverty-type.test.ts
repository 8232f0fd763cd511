import { describe, expect, it } from 'vitest';
import {
  indicatePovertyType,
  presentRiskFactors,
  riskFactorTargetGroups,
  targetGroupsFromRiskFactors,
} from './poverty-type';
import { scoresFor, testInstrument } from './test-fixtures';
import type { HouseholdFacts, ScanAnswers } from './types';
import { messages } from '../../content/message-files';
import type { Message } from '../../domain/message';

/** The message in both languages, as the answer carries it. */
const words = (m: Message | undefined) => messages.bilingual(m ?? { key: '' });

const PEILDATUM = '2026-11-24';

function household(extra: Partial<HouseholdFacts> = {}): HouseholdFacts {
  return { adults: [{}], children: [], lifeEvents: [], riskFactors: [], ...extra };
}

function answers(riskFactors: string[], extra: Partial<ScanAnswers> = {}): ScanAnswers {
  return { ...scoresFor({}), riskFactors, ...extra };
}

describe('indicatePovertyType', () => {
  it('suggests nothing when no risk factor or life event points to a type', () => {
    expect(
      indicatePovertyType(household(), answers(['schulden']), testInstrument, PEILDATUM),
    ).toEqual([]);
  });

  it('suggests generatiearmoede strongly for long duration plus parents who grew up poor', () => {
    const result = indicatePovertyType(
      household(),
      answers(['langer-dan-vier-jaar', 'opgegroeid-met-weinig-geld']),
      testInstrument,
      PEILDATUM,
    );
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ type: 'generatie', strength: 'strong', weight: 4 });
    expect(result[0]?.reasons.map((r) => r.factorId)).toEqual([
      'opgegroeid-met-weinig-geld',
      'langer-dan-vier-jaar',
    ]);
    expect(words(result[0]?.reasons[0]?.message).nl).toBe(
      'Ouders opgegroeid met weinig geld. Armoede kan doorgaan.',
    );
    // The English reason gives the instrument's English explanation, not a Dutch fallback.
    expect(words(result[0]?.reasons[0]?.message).en).toBe(
      'Parents grew up with little money. Poverty can go on.',
    );
  });

  it('suggests situationele armoede from a recent life event, but not from an old one', () => {
    const recent = indicatePovertyType(
      household({ lifeEvents: [{ id: 'baanverlies', year: 2025 }] }),
      answers([]),
      testInstrument,
      PEILDATUM,
    );
    expect(recent).toEqual([
      expect.objectContaining({ type: 'situationeel', strength: 'moderate', weight: 2 }),
    ]);
    expect(recent[0]?.reasons[0]).toMatchObject({ code: 'life-event', lifeEvent: 'baanverlies' });
    expect(words(recent[0]?.reasons[0]?.message)).toEqual({
      nl: "Er was baanverlies, kort geleden (2025). Zo'n gebeurtenis kan het inkomen ineens laten dalen.",
      en: 'There was job loss, recently (2025). Such an event can suddenly lower income.',
    });

    const old = indicatePovertyType(
      household({ lifeEvents: [{ id: 'baanverlies', year: 2019 }] }),
      answers([]),
      testInstrument,
      PEILDATUM,
    );
    expect(old).toEqual([]);

    const unknownYear = indicatePovertyType(
      household({ lifeEvents: [{ id: 'scheiding' }] }),
      answers([]),
      testInstrument,
      PEILDATUM,
    );
    expect(unknownYear[0]).toMatchObject({ type: 'situationeel', strength: 'weak', weight: 1 });
  });

  it('does not count a life event twice when a ticked risk factor already covers it', () => {
    const result = indicatePovertyType(
      household({ lifeEvents: [{ id: 'scheiding', year: 2026 }] }),
      answers(['scheiding-of-overlijden']),
      testInstrument,
      PEILDATUM,
    );
    expect(result[0]).toMatchObject({ type: 'situationeel', weight: 2 });
    expect(result[0]?.reasons.map((r) => r.code)).toEqual(['risk-factor']);
  });

  it('lets poor Dutch point to migratiearmoede only together with a migration background', () => {
    const lowDutch: ScanAnswers = {
      ...answers([]),
      aspects: { 'cultureel.a': { householdScore: 2, wantsToWorkOn: false } },
    };
    expect(indicatePovertyType(household(), lowDutch, testInstrument, PEILDATUM)).toEqual([]);

    const withMigration = indicatePovertyType(
      household({ riskFactors: ['migratieachtergrond'] }),
      lowDutch,
      testInstrument,
      PEILDATUM,
    );
    expect(withMigration[0]).toMatchObject({ type: 'migratie', strength: 'moderate', weight: 3 });
    const inferred = withMigration[0]?.reasons.find((r) => r.code === 'inferred-risk-factor');
    expect(words(inferred?.message).nl).toContain("uit de scan: 'Titel cultureel.a' 2 van 5");
    // The scan's own English title, not the Dutch one.
    expect(words(inferred?.message).en).toContain("(from the scan: 'Title cultureel.a' 2 of 5)");
  });

  it('orders several types by weight and phrases them about the situation, not the person', () => {
    const result = indicatePovertyType(
      household({ lifeEvents: [{ id: 'overlijden', year: 2026 }] }),
      answers(['langer-dan-vier-jaar', 'opgegroeid-met-weinig-geld', 'migratieachtergrond']),
      testInstrument,
      PEILDATUM,
    );
    expect(result.map((r) => [r.type, r.strength])).toEqual([
      ['generatie', 'strong'],
      ['situationeel', 'moderate'],
      ['migratie', 'moderate'],
    ]);
    for (const r of result) {
      expect(words(r.summary).nl).toMatch(/^De situatie heeft /);
      expect(words(r.summary).en).toMatch(/^The situation shows /);
    }
  });
});

describe('presentRiskFactors and riskFactorTargetGroups', () => {
  it('combines ticked factors from answers and household with factors seen in the answers', () => {
    const present = presentRiskFactors(
      household({ riskFactors: ['schulden'] }),
      {
        ...answers(['migratieachtergrond']),
        aspects: { 'cultureel.a': { professionalScore: 1, wantsToWorkOn: false } },
      },
      testInstrument,
    );
    expect(present.map((p) => [p.factor.id, p.inferred?.score ?? null])).toEqual([
      ['migratieachtergrond', null],
      ['moeite-met-taal', 1],
      ['schulden', null],
    ]);
    expect(riskFactorTargetGroups(testInstrument)).toEqual({
      migratieachtergrond: ['migratieachtergrond'],
      'moeite-met-taal': ['laaggeletterden'],
      schulden: ['schulden'],
    });
  });
});

describe('targetGroupsFromRiskFactors', () => {
  it('gives the target groups of ticked and inferred factors once each', () => {
    const present = presentRiskFactors(
      household(),
      {
        ...answers(['schulden', 'migratieachtergrond']),
        aspects: { 'cultureel.a': { householdScore: 2, wantsToWorkOn: false } },
      },
      testInstrument,
    );
    expect(targetGroupsFromRiskFactors(present).sort()).toEqual([
      'laaggeletterden',
      'migratieachtergrond',
      'schulden',
    ]);
  });
});
