import { lifeEventRecency } from './household';
import { contentText, message, type Message } from '../message';
import { lifeEventName, povertyTypeName } from './labels';
import { scanScores, type ScanScores } from './profile';
import { POVERTY_TYPES } from './types';
import type {
  HouseholdFacts,
  Instrument,
  PovertyType,
  RiskFactor,
  ScanAnswers,
  Score,
} from './types';

// An indication of the form of poverty (situationeel, generatie, migratie), from explainable rules.
// It is a suggestion for the conversation about a *situation*, never a label on a person.
//
// The rules (docs/decisions/0301-kapitaalscan-instrument.md):
// 1. Every risk factor that is present adds its `points_to` weights, each with its reason. A factor
//    is present when it is ticked in the scan or the household facts, or when the scan answers show
//    it (`inferred_from`: an aspect's counted score at or below a limit). A pointer with `only_with`
//    counts only when those factors are present too (poor Dutch points to migratie only together
//    with a migration background).
// 2. A life event that often starts situational poverty (scheiding, overlijden, baanverlies,
//    ziekte) adds 2 when it is recent (RECENT_YEARS) and 1 when its year is unknown, unless a present
//    risk factor already covers it.
// 3. Per type the weights add up: 1 = weak, 2–3 = moderate, 4 or more = strong. Types without any
//    weight are left out. The list is ordered by weight, then situationeel, generatie, migratie.

export type IndicationStrength = 'weak' | 'moderate' | 'strong';

export type PovertyTypeReasonCode = 'risk-factor' | 'inferred-risk-factor' | 'life-event';

export interface PovertyTypeReason {
  code: PovertyTypeReasonCode;
  /** The reason in words (src/contract/messages/kapitaalscan.*), worded at the edge. */
  message: Message;
  weight: number;
  factorId?: string;
  lifeEvent?: string;
}

export interface PovertyTypeIndication {
  type: PovertyType;
  strength: IndicationStrength;
  weight: number;
  /** One sentence about the situation, for the screen. */
  summary: Message;
  reasons: PovertyTypeReason[];
}

/** Life events that often start situational poverty. */
export const SITUATIONAL_TRIGGERS: readonly string[] = [
  'scheiding',
  'overlijden',
  'baanverlies',
  'ziekte',
];

export const STRONG_FROM = 4;
export const MODERATE_FROM = 2;

/** Shown with every indication. */
export const POVERTY_TYPE_NOTICE: Message = message('kapitaalscan.indication.notice');

export function strengthOf(weight: number): IndicationStrength | null {
  if (weight >= STRONG_FROM) return 'strong';
  if (weight >= MODERATE_FROM) return 'moderate';
  if (weight >= 1) return 'weak';
  return null;
}

export interface PresentFactor {
  factor: RiskFactor;
  /** Set when the factor comes from the answers rather than a tick. */
  inferred?: { title: string; titleEn: string; score: Score };
}

/** Risk factors that are present: ticked in the answers or the household facts, or inferred. */
export function presentRiskFactors(
  household: HouseholdFacts,
  answers: ScanAnswers,
  instrument: Instrument,
  scanned: ScanScores = scanScores(instrument, answers),
): PresentFactor[] {
  return riskFactorsOfScores(household, answers.riskFactors, instrument, scanned);
}

/** `presentRiskFactors` from a scan's scores and the risk factors ticked in it. */
export function riskFactorsOfScores(
  household: HouseholdFacts,
  tickedInScan: readonly string[],
  instrument: Instrument,
  scanned: ScanScores,
): PresentFactor[] {
  const ticked = new Set([...tickedInScan, ...household.riskFactors]);
  const scores = new Map<string, { score: Score | null; title: string; titleEn: string }>();
  for (const { aspect, score } of scanned.aspects)
    scores.set(aspect.id, { score, title: aspect.title, titleEn: aspect.titleEn });
  const out: PresentFactor[] = [];
  for (const factor of instrument.riskFactors) {
    if (ticked.has(factor.id)) {
      out.push({ factor });
      continue;
    }
    if (!factor.inferredFrom) continue;
    const aspect = scores.get(factor.inferredFrom.aspect);
    if (aspect && aspect.score !== null && aspect.score <= factor.inferredFrom.atMost)
      out.push({
        factor,
        inferred: { title: aspect.title, titleEn: aspect.titleEn, score: aspect.score },
      });
  }
  return out;
}

/**
 * Suggested forms of poverty with their reasons. `peildatum` (YYYY-MM-DD) decides which life
 * events are recent. `scanned`: the scores of these answers, when the caller has them already.
 */
export function indicatePovertyType(
  household: HouseholdFacts,
  answers: ScanAnswers,
  instrument: Instrument,
  peildatum: string,
  scanned: ScanScores = scanScores(instrument, answers),
): PovertyTypeIndication[] {
  return povertyTypeOfScores(household, answers.riskFactors, instrument, peildatum, scanned);
}

/** `indicatePovertyType` from a scan's scores and the risk factors ticked in it. */
export function povertyTypeOfScores(
  household: HouseholdFacts,
  tickedInScan: readonly string[],
  instrument: Instrument,
  peildatum: string,
  scanned: ScanScores,
): PovertyTypeIndication[] {
  const present = riskFactorsOfScores(household, tickedInScan, instrument, scanned);
  const presentIds = new Set(present.map((p) => p.factor.id));
  const reasons = new Map<PovertyType, PovertyTypeReason[]>(POVERTY_TYPES.map((t) => [t, []]));

  for (const { factor, inferred } of present) {
    for (const pointer of factor.pointsTo) {
      if (pointer.onlyWith && !pointer.onlyWith.every((id) => presentIds.has(id))) continue;
      const values = {
        label: contentText(factor.label, factor.labelEn),
        why: contentText(pointer.why.trim(), pointer.whyEn.trim()),
      };
      reasons.get(pointer.type)?.push({
        code: inferred ? 'inferred-risk-factor' : 'risk-factor',
        weight: pointer.weight,
        factorId: factor.id,
        message: inferred
          ? message('kapitaalscan.indication.inferredRiskFactor', {
              ...values,
              title: contentText(inferred.title, inferred.titleEn),
              score: inferred.score,
            })
          : message('kapitaalscan.indication.riskFactor', values),
      });
    }
  }

  const covered = new Set(present.flatMap((p) => p.factor.lifeEvents ?? []));
  const counted = new Set<string>();
  for (const event of household.lifeEvents) {
    if (!SITUATIONAL_TRIGGERS.includes(event.id) || covered.has(event.id) || counted.has(event.id))
      continue;
    const recency = lifeEventRecency(event, peildatum);
    if (recency === 'past') continue;
    counted.add(event.id);
    const name = lifeEventName(event.id);
    reasons.get('situationeel')?.push({
      code: 'life-event',
      weight: recency === 'recent' ? 2 : 1,
      lifeEvent: event.id,
      // The year as text: a number would be worded '2.025' in Dutch.
      message:
        recency === 'recent'
          ? message('kapitaalscan.indication.lifeEventRecent', {
              event: name,
              year: String(event.year),
            })
          : message('kapitaalscan.indication.lifeEventYearUnknown', { event: name }),
    });
  }

  const out: PovertyTypeIndication[] = [];
  for (const type of POVERTY_TYPES) {
    const list = reasons.get(type) ?? [];
    const weight = list.reduce((sum, r) => sum + r.weight, 0);
    const strength = strengthOf(weight);
    if (strength === null) continue;
    out.push({
      type,
      strength,
      weight,
      summary: message('kapitaalscan.indication.summary', {
        strength: message(`kapitaalscan.indication.strength.${strength}`),
        type: povertyTypeName(type),
      }),
      reasons: [...list].sort((a, b) => b.weight - a.weight),
    });
  }
  // Stable sort: equal weights keep the POVERTY_TYPES order.
  return out.sort((a, b) => b.weight - a.weight);
}

/** Target groups (vocabularies.yaml) per risk factor id, from the instrument. */
export function riskFactorTargetGroups(instrument: Instrument): Record<string, readonly string[]> {
  return Object.fromEntries(
    instrument.riskFactors.filter((f) => f.targetGroups).map((f) => [f.id, f.targetGroups ?? []]),
  );
}

/**
 * Target groups (vocabularies.yaml) that follow from the present risk factors, for the matching's
 * `household.targetGroups`.
 */
export function targetGroupsFromRiskFactors(present: readonly PresentFactor[]): string[] {
  return [...new Set(present.flatMap((p) => p.factor.targetGroups ?? []))];
}
