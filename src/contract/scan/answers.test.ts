import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../domain/assessment/types';
import { parseScanAnswers } from './answers';
import { parseInstrumentYaml } from './instrument-file';

const path = fileURLToPath(new URL('../../../content/scan/kapitaalscan-v1.yaml', import.meta.url));
const loaded = parseInstrumentYaml(readFileSync(path, 'utf8'));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const instrument: Instrument = loaded.instrument;

function answers(overrides: Record<string, unknown> = {}) {
  return {
    instrumentId: 'kapitaalscan',
    instrumentVersion: 1,
    aspects: {
      'economisch.inkomen': { householdScore: 2, professionalScore: 3, wantsToWorkOn: true },
      'sociaal.steun': {
        householdScore: 4,
        strength: ' Mijn zus helpt vaak. ',
        wantsToWorkOn: false,
      },
    },
    children: [
      {
        childRef: 'kind-a',
        aspects: { 'kind.meedoen': { householdScore: 2, wantsToWorkOn: true } },
      },
    ],
    riskFactors: ['eenoudergezin'],
    protectiveFactors: ['steunend-netwerk'],
    ...overrides,
  };
}

describe('parseScanAnswers', () => {
  it('accepts a filled-in scan and keeps both ratings', () => {
    const result = parseScanAnswers(instrument, answers());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.aspects['economisch.inkomen']).toEqual({
      householdScore: 2,
      professionalScore: 3,
      wantsToWorkOn: true,
    });
    expect(result.value.aspects['sociaal.steun']?.strength).toBe('Mijn zus helpt vaak.');
  });

  it('names an unknown aspect id as the field, in Dutch and English', () => {
    const result = parseScanAnswers(
      instrument,
      answers({ aspects: { 'economisch.inkomne': { householdScore: 2, wantsToWorkOn: false } } }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'aspects.economisch.inkomne',
          code: 'custom',
          messages: {
            nl: "Onbekend onderdeel 'economisch.inkomne': dit staat niet in de Kapitaalscan versie 1.",
            en: "Unknown aspect 'economisch.inkomne': it is not in the Kapitaalscan version 1.",
          },
        },
      ],
    });
  });

  it('says where a child question belongs when it is put in the household part', () => {
    const result = parseScanAnswers(
      instrument,
      answers({ aspects: { 'kind.school': { householdScore: 3, wantsToWorkOn: false } } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.field).toBe('aspects.kind.school');
    expect(result.errors[0]?.messages.nl).toContain('kind');
  });

  it('rejects scores outside 1–5 and half scores, naming the field', () => {
    for (const bad of [0, 6, 2.5]) {
      const result = parseScanAnswers(
        instrument,
        answers({
          aspects: { 'mentaal.stress': { professionalScore: bad, wantsToWorkOn: false } },
        }),
      );
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors).toEqual([
        {
          field: 'aspects.mentaal.stress.professionalScore',
          code: 'custom',
          messages: { nl: 'Kies een score van 1 tot en met 5.', en: 'Choose a score from 1 to 5.' },
        },
      ]);
    }
  });

  it('rejects a strength note over 1000 characters and a missing wantsToWorkOn', () => {
    const result = parseScanAnswers(
      instrument,
      answers({
        aspects: {
          'mentaal.stress': { strength: 'x'.repeat(1001), wantsToWorkOn: false },
          'mentaal.gezondheid': { householdScore: 3 },
        },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual([
      'aspects.mentaal.gezondheid.wantsToWorkOn',
      'aspects.mentaal.stress.strength',
    ]);
  });

  it('rejects unknown and repeated factors, repeated child references and another version', () => {
    const result = parseScanAnswers(
      instrument,
      answers({
        instrumentVersion: 2,
        riskFactors: ['eenoudergezin', 'eenoudergezin', 'steunend-netwerk'],
        children: [
          { childRef: 'a', aspects: {} },
          { childRef: 'a', aspects: { 'economisch.inkomen': { wantsToWorkOn: false } } },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual([
      'children.1.aspects.economisch.inkomen',
      'children.1.childRef',
      'instrumentVersion',
      'riskFactors.1',
      'riskFactors.2',
    ]);
  });
});
