import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  indicatePovertyType,
  presentRiskFactors,
  profile,
  targetGroupsFromRiskFactors,
} from '../../domain/assessment/index';
import type { HouseholdFacts } from '../../domain/assessment/index';
import { matchInterventions } from '../../domain/matching/index';
import { parseScanAnswers } from './answers';
import { parseInstrumentYaml } from './instrument-file';
import { messages } from '../../content/message-files';
import type { Message } from '../../domain/message';

/** The summary in both languages, as the answer carries it. */
const sentence = (m: Message | undefined) => messages.sentence(m ?? { key: '' });

// The whole scan with the real instrument file: request → profile → indication → matching. This
// proves the ids the rules rely on (inferred_from, only_with, target groups) exist in the content.

const path = fileURLToPath(new URL('../../../content/scan/kapitaalscan-v1.yaml', import.meta.url));
const loaded = parseInstrumentYaml(readFileSync(path, 'utf8'));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const instrument = loaded.instrument;
const PEILDATUM = '2026-11-24';

const household: HouseholdFacts = {
  adults: [{ birthYear: 1991 }],
  children: [{ ref: 'kind-1', birthYear: 2023 }],
  gemeenteCode: 'GM0202',
  lifeEvents: [],
  riskFactors: [],
};

const request = {
  instrumentId: 'kapitaalscan',
  instrumentVersion: 1,
  aspects: {
    'economisch.inkomen': { householdScore: 2, professionalScore: 2, wantsToWorkOn: true },
    'economisch.schulden': { householdScore: 2, wantsToWorkOn: false },
    'cultureel.taal': { householdScore: 2, professionalScore: 1, wantsToWorkOn: true },
    'sociaal.steun': { householdScore: 4, strength: 'Buurvrouw past op.', wantsToWorkOn: false },
    'sociaal.contact': { householdScore: 4, wantsToWorkOn: false },
    'sociaal.meedoen': { householdScore: 4, wantsToWorkOn: false },
    'pedagogisch.opvoeden': { householdScore: 3, wantsToWorkOn: false },
  },
  children: [
    { childRef: 'kind-1', aspects: { 'kind.school': { householdScore: 2, wantsToWorkOn: true } } },
  ],
  riskFactors: ['migratieachtergrond', 'eenoudergezin'],
  protectiveFactors: ['steunend-netwerk'],
};

describe('a kapitaalscan from request to matches', () => {
  const parsed = parseScanAnswers(instrument, request);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const answers = parsed.value;

  it('builds the profile from the real instrument', () => {
    const p = profile(instrument, answers);
    expect(p.capitals.map((c) => [c.capital, c.score])).toEqual([
      ['economisch', 2],
      ['sociaal', 4],
      ['cultureel', 2],
      ['pedagogisch', 3],
      ['mentaal', null],
    ]);
    expect(p.ratingDifferences).toEqual([
      { aspectId: 'cultureel.taal', householdScore: 2, professionalScore: 1 },
    ]);
  });

  it('infers factors from the answers and suggests migratiearmoede with its reasons', () => {
    const present = presentRiskFactors(household, answers, instrument).map((p) => p.factor.id);
    expect(present).toEqual(
      expect.arrayContaining(['migratieachtergrond', 'moeite-met-taal', 'schulden']),
    );
    const indication = indicatePovertyType(household, answers, instrument, PEILDATUM);
    expect(indication[0]).toMatchObject({ type: 'migratie', strength: 'moderate', weight: 3 });
    expect(indication[0]?.reasons.map((r) => r.factorId)).toEqual([
      'migratieachtergrond',
      'moeite-met-taal',
    ]);
  });

  it('matches interventions with reasons and a lever from the strong social capital', () => {
    const present = presentRiskFactors(household, answers, instrument);
    const result = matchInterventions({
      peildatum: PEILDATUM,
      household: { ...household, targetGroups: targetGroupsFromRiskFactors(present) },
      profile: profile(instrument, answers),
      povertyTypes: indicatePovertyType(household, answers, instrument, PEILDATUM),
      interventions: [
        {
          id: 'taalcafe',
          name: 'Taalcafé',
          capitals: { primary: ['sociaal', 'cultureel'], secondary: [] },
          targetGroups: ['migratieachtergrond', 'laaggeletterden'],
          phases: ['stimuleren'],
          povertyTypes: ['migratie'],
          lifeEvents: [],
          isLocal: true,
        },
        {
          id: 'schuldhulp',
          name: 'Schuldhulp',
          capitals: { primary: ['economisch'], secondary: ['mentaal'] },
          targetGroups: ['schulden'],
          phases: ['ondersteunen'],
          povertyTypes: [],
          lifeEvents: [],
          isLocal: false,
        },
        {
          id: 'ouderen-soos',
          name: 'Soos voor ouderen',
          capitals: { primary: ['sociaal'], secondary: [] },
          targetGroups: ['ouderen'],
          phases: ['stimuleren'],
          povertyTypes: [],
          lifeEvents: [],
          isLocal: true,
        },
      ],
    });
    // Both capitals are weak (2) and wanted: economisch comes first, the taalcafé under cultureel.
    expect(result.matches.map((m) => [m.interventionId, m.capital])).toEqual([
      ['schuldhulp', 'economisch'],
      ['taalcafe', 'cultureel'],
    ]);
    expect(sentence(result.matches[0]?.summary).nl).toBe(
      "Economisch kapitaal is laag (2 van 5) en het huishouden wil werken aan 'Rondkomen'",
    );
    expect(result.combinations.map((c) => [c.strong.capital, c.weak.capital])).toEqual([
      ['sociaal', 'cultureel'],
    ]);
  });
});
