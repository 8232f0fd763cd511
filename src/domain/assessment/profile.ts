import { CAPITALS } from './types';
import type {
  AspectAnswer,
  Capital,
  Instrument,
  InstrumentAspect,
  ScanAnswers,
  Score,
} from './types';

// The capital profile of one scan.
//
// Which rating counts (docs/decisions/0301-kapitaalscan-instrument.md):
// - the household's own rating counts when there is one;
// - otherwise the professional's rating counts;
// - both are always kept, and a difference is listed so it can be talked about. The professional
//   does not overrule the household.
// A capital's score is the mean of the counted scores of its answered aspects, rounded to one
// decimal. Unanswered aspects do not count (they are not a zero). With no answered aspect the
// score is null ('not known'), never a guess.

/** A capital or aspect scoring at most this is low (weak). */
export const WEAK_AT_MOST = 2;
/** A capital or aspect scoring at least this is high (strong). */
export const STRONG_AT_LEAST = 4;

export type CountedFrom = 'household' | 'professional';
export type ScoreLevel = 'low' | 'middle' | 'high' | 'unknown';

export interface AspectResult {
  aspectId: string;
  capital: Capital;
  title: string;
  titleEn: string;
  householdScore: Score | null;
  professionalScore: Score | null;
  /** The rating that counts: the household's, else the professional's. */
  score: Score | null;
  countedFrom: CountedFrom | null;
  /** Both rated and the ratings differ. */
  ratingsDiffer: boolean;
  strength: string | null;
  wantsToWorkOn: boolean;
  /** False for an unanswered aspect that does not apply (e.g. opvoeden without children). */
  applicable: boolean;
}

export interface CapitalResult {
  capital: Capital;
  title: string;
  titleEn: string;
  /** Mean of the counted aspect scores, one decimal; null when nothing was rated. */
  score: number | null;
  level: ScoreLevel;
  /** Aspects with a counted score. */
  answered: number;
  /** Aspects that apply to this household. */
  applicable: number;
  /** Aspects where household and professional rated differently. */
  ratingsDiffer: number;
  aspects: AspectResult[];
}

export interface ChildProfile {
  childRef: string;
  /** Only the aspects that were answered for this child, in instrument order. */
  aspects: AspectResult[];
}

export interface ProfileItem {
  aspectId: string;
  capital: Capital;
  title: string;
  titleEn: string;
  childRef?: string;
  score: Score | null;
}

export interface StrengthItem extends ProfileItem {
  /** The household's own words, when given. */
  note: string | null;
}

export interface RatingDifference {
  aspectId: string;
  childRef?: string;
  householdScore: Score;
  professionalScore: Score;
}

export interface Profile {
  instrumentId: string;
  instrumentVersion: number;
  /** Always all five capitals, in the fixed order of CAPITALS (for the radar chart and table). */
  capitals: CapitalResult[];
  children: ChildProfile[];
  /** What goes well: a strength note, or a counted score of STRONG_AT_LEAST or more. */
  strengths: StrengthItem[];
  /** Aspects flagged 'hier wil ik aan werken'. */
  wantsToWorkOn: ProfileItem[];
  ratingDifferences: RatingDifference[];
}

export function scoreLevel(score: number | null): ScoreLevel {
  if (score === null) return 'unknown';
  if (score <= WEAK_AT_MOST) return 'low';
  if (score >= STRONG_AT_LEAST) return 'high';
  return 'middle';
}

/** Mean rounded to one decimal, or null for an empty list. */
export function meanScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const sum = scores.reduce((a, b) => a + b, 0);
  return Math.round((sum / scores.length) * 10) / 10;
}

/** The rating that counts: the household's own, otherwise the professional's. */
function countedScore(answer: AspectAnswer | undefined): Score | null {
  return answer?.householdScore ?? answer?.professionalScore ?? null;
}

function aspectResult(
  aspect: InstrumentAspect,
  answer: AspectAnswer | undefined,
  applies: boolean,
): AspectResult {
  const householdScore = answer?.householdScore ?? null;
  const professionalScore = answer?.professionalScore ?? null;
  const score = countedScore(answer);
  const strength = answer?.strength?.trim() ? answer.strength.trim() : null;
  return {
    aspectId: aspect.id,
    capital: aspect.capital,
    title: aspect.title,
    titleEn: aspect.titleEn,
    householdScore,
    professionalScore,
    score,
    countedFrom:
      householdScore !== null ? 'household' : professionalScore !== null ? 'professional' : null,
    ratingsDiffer:
      householdScore !== null && professionalScore !== null && householdScore !== professionalScore,
    strength,
    wantsToWorkOn: answer?.wantsToWorkOn ?? false,
    applicable: applies || answer !== undefined,
  };
}

function isAnswered(answer: AspectAnswer | undefined): boolean {
  return (
    answer !== undefined &&
    (answer.householdScore !== undefined ||
      answer.professionalScore !== undefined ||
      (answer.strength?.trim() ?? '') !== '' ||
      answer.wantsToWorkOn)
  );
}

function checkIds(
  known: ReadonlySet<string>,
  given: Readonly<Record<string, AspectAnswer>>,
  where: string,
): void {
  for (const id of Object.keys(given))
    if (!known.has(id))
      throw new RangeError(
        `${where}.${id}: unknown aspect in this instrument (onbekend onderdeel).`,
      );
}

/** The aspect ids of an instrument, built once per instrument (instruments do not change). */
const aspectIds = new WeakMap<Instrument, { household: Set<string>; child: Set<string> }>();

/** Throws when the answers are for another instrument (version) or name an unknown aspect. */
function checkAnswers(instrument: Instrument, answers: ScanAnswers): void {
  if (answers.instrumentId !== instrument.id || answers.instrumentVersion !== instrument.version)
    throw new RangeError(
      `instrumentVersion: answers are for ${answers.instrumentId} v${answers.instrumentVersion}, ` +
        `not ${instrument.id} v${instrument.version} (antwoorden horen bij een ander instrument).`,
    );
  let ids = aspectIds.get(instrument);
  if (!ids) {
    ids = {
      household: new Set(instrument.capitals.flatMap((c) => c.aspects.map((a) => a.id))),
      child: new Set(instrument.childPart.aspects.map((a) => a.id)),
    };
    aspectIds.set(instrument, ids);
  }
  checkIds(ids.household, answers.aspects, 'aspects');
  answers.children.forEach((child, i) =>
    checkIds(ids.child, child.aspects, `children.${i}.aspects`),
  );
}

/** Only the numbers of a profile: what reports compare across many scans. */
export interface ScanScores {
  /** Per capital, in CAPITALS order, as `Profile.capitals[].score`. */
  capitals: { capital: Capital; score: number | null }[];
  /** Per household aspect, in the order of `Profile.capitals[].aspects`. */
  aspects: { aspect: InstrumentAspect; score: Score | null }[];
}

/**
 * The capital and aspect scores of a filled-in scan by the same rules as `profile`, without the
 * texts and lists a person reads. Throws when the answers are for another instrument.
 */
export function scanScores(instrument: Instrument, answers: ScanAnswers): ScanScores {
  checkAnswers(instrument, answers);
  const sections = new Map(instrument.capitals.map((s) => [s.capital, s]));
  const aspects: ScanScores['aspects'] = [];
  const capitals = CAPITALS.map((capital) => {
    const counted: number[] = [];
    for (const aspect of sections.get(capital)?.aspects ?? []) {
      const score = countedScore(answers.aspects[aspect.id]);
      aspects.push({ aspect, score });
      if (score !== null) counted.push(score);
    }
    return { capital, score: meanScore(counted) };
  });
  return { capitals, aspects };
}

/** The capital profile of a filled-in scan. Throws when the answers are for another instrument. */
export function profile(instrument: Instrument, answers: ScanAnswers): Profile {
  checkAnswers(instrument, answers);

  const hasChildren = answers.children.length > 0;
  const strengths: StrengthItem[] = [];
  const wantsToWorkOn: ProfileItem[] = [];
  const ratingDifferences: RatingDifference[] = [];

  const collect = (result: AspectResult, childRef?: string): void => {
    const item: ProfileItem = {
      aspectId: result.aspectId,
      capital: result.capital,
      title: result.title,
      titleEn: result.titleEn,
      ...(childRef !== undefined ? { childRef } : {}),
      score: result.score,
    };
    if (result.strength !== null || (result.score !== null && result.score >= STRONG_AT_LEAST))
      strengths.push({ ...item, note: result.strength });
    if (result.wantsToWorkOn) wantsToWorkOn.push(item);
    if (result.ratingsDiffer && result.householdScore !== null && result.professionalScore !== null)
      ratingDifferences.push({
        aspectId: result.aspectId,
        ...(childRef !== undefined ? { childRef } : {}),
        householdScore: result.householdScore,
        professionalScore: result.professionalScore,
      });
  };

  const sections = new Map(instrument.capitals.map((s) => [s.capital, s]));
  const capitals = CAPITALS.map((capital): CapitalResult => {
    const section = sections.get(capital);
    const aspects = (section?.aspects ?? []).map((aspect) => {
      const applies = aspect.appliesWhen?.hasChildren ? hasChildren : true;
      const result = aspectResult(aspect, answers.aspects[aspect.id], applies);
      collect(result);
      return result;
    });
    const counted = aspects.flatMap((a) => (a.score === null ? [] : [a.score]));
    const score = meanScore(counted);
    return {
      capital,
      title: section?.title ?? capital,
      titleEn: section?.titleEn ?? capital,
      score,
      level: scoreLevel(score),
      answered: counted.length,
      applicable: aspects.filter((a) => a.applicable).length,
      ratingsDiffer: aspects.filter((a) => a.ratingsDiffer).length,
      aspects,
    };
  });

  const children = answers.children.map((child): ChildProfile => {
    const aspects = instrument.childPart.aspects
      .filter((aspect) => isAnswered(child.aspects[aspect.id]))
      .map((aspect) => {
        const result = aspectResult(aspect, child.aspects[aspect.id], true);
        collect(result, child.childRef);
        return result;
      });
    return { childRef: child.childRef, aspects };
  });

  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    capitals,
    children,
    strengths,
    wantsToWorkOn,
    ratingDifferences,
  };
}

/** The child-part aspects that fit a child of this age (in whole years). */
export function aspectsForChild(instrument: Instrument, age: number): InstrumentAspect[] {
  return instrument.childPart.aspects.filter((aspect) => {
    const range = aspect.appliesWhen?.childAge;
    return range === undefined || (age >= range.min && age <= range.max);
  });
}
