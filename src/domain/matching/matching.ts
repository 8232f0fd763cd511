import { ageFromBirthYear, lifeEventRecency } from '../assessment/household';
import { capitalName, lifeEventName, listOf, povertyTypeName, quoted } from '../assessment/labels';
import { contentText, message, type Message } from '../message';
import { STRONG_AT_LEAST, WEAK_AT_MOST } from '../assessment/profile';
import type { IndicationStrength } from '../assessment/poverty-type';
import type { Profile } from '../assessment/profile';
import { CAPITALS, PHASES, POVERTY_TYPES } from '../assessment/types';
import type { Capital, HouseholdFacts, Phase, PovertyType, Score } from '../assessment/types';
import {
  bitsFor,
  capitalIndex,
  indexInterventions,
  isInterventionIndex,
  popcount,
} from './intervention-index';
import type { InterventionIndex, MatchableIntervention } from './intervention-index';
import { CAPITAL_LINKS, capitalLinkHow, targetGroupName } from './labels';
import { agesText, messageId, summaryOf } from './reasons';
import type { MatchReason } from './reasons';

export type { MatchReason, MatchReasonCode, ReasonParam } from './reasons';
import { PRIORITIES, WORK_STATUSES } from './fit';
import type { Place, Priority } from './fit';
import {
  aspectFacts,
  aspectSentence,
  bindFit,
  meetsRequirements,
  statusIndex,
} from './fit-household';
import type { AspectFact, AspectOption, FitHousehold, FitPerson } from './fit-household';

export type { InterventionIndex, MatchableIntervention } from './intervention-index';
export { indexInterventions } from './intervention-index';

// Matching a household to interventions from the wegwijzer. Pure and fast: everything that depends
// only on the household is computed once per call, as tables and bit masks in the numbering of the
// intervention index; each intervention is then scored in one pass of integer operations, and
// reasons (strings) are only built for the results that are returned, by the same function.
// The rules and their weights: docs/decisions/0302-matching.md.

export interface MatchingOptions {
  /** How many matches to return with reasons (default 20). */
  limit?: number;
  /** How many interventions per combination (default 3). */
  combinationLimit?: number;
  /** Only interventions in one of these phases. */
  phases?: readonly Phase[];
  /** At most this many suggestions per capital (default 4). */
  perCapital?: number;
  /** How many practice examples from other places (default 3). */
  exampleLimit?: number;
}

export interface MatchingInput {
  /** YYYY-MM-DD; ages and the recency of life events are taken on this date. */
  peildatum: string;
  household: HouseholdFacts;
  profile: Profile;
  /** The suggested forms of poverty (indicatePovertyType), if any. */
  povertyTypes?: readonly { type: PovertyType; strength: IndicationStrength }[];
  /** The plain list, or an index built once with indexInterventions (faster for many calls). */
  interventions: readonly MatchableIntervention[] | InterventionIndex;
  options?: MatchingOptions;
}

export interface InterventionMatch {
  interventionId: string;
  name: string;
  /** The capital this is suggested for: its primary capital that comes first for this household. */
  capital: Capital;
  priority: Priority;
  score: number;
  isLocal: boolean;
  localOfferIds: readonly string[];
  reasons: MatchReason[];
  /**
   * The two most specific reasons as one sentence, naming what in this household made it fit:
   * "'Schulden en achterstanden' is laag (1 van 5) en dit is basishulp voor wat nu het meest dringend is".
   */
  summary: Message;
}

/** An item of one place that fits, shown as an example of practice elsewhere, not as an offer. */
export interface PracticeExample extends InterventionMatch {
  places: readonly Place[];
}

export interface Combination {
  strong: { capital: Capital; score: number };
  weak: { capital: Capital; score: number };
  /** A known way in which the strong capital lifts the weak one. */
  linked: boolean;
  reason: MatchReason;
  interventions: { interventionId: string; name: string; isLocal: boolean }[];
}

export interface CapitalNeed {
  capital: Capital;
  /** Weight of the need; 0 = nothing to work on in this capital. */
  weight: number;
  reasons: MatchReason[];
}

export interface MatchResult {
  /**
   * Grouped by capital, the capitals in the order of `capitalOrder`; within a capital core help
   * for what is urgent first, then relevance, local offers, name. At most `perCapital` per capital
   * and `limit` in all.
   */
  matches: InterventionMatch[];
  /** Capitals with something to work on: weak ones the household wants to work on first. */
  capitalOrder: Capital[];
  /** Fitting items of one place elsewhere: examples of practice, not offers (ADR 0302). */
  practiceExamples: PracticeExample[];
  /** All interventions that matched, before the limit. */
  totalMatched: number;
  combinations: Combination[];
  /** What the matching looked at, per capital with a need (for transparency). */
  needs: CapitalNeed[];
}

// ------------------------------------------------------------------------------------ weights

/** Need of a low capital: 3 at score 2, rising to 4 at score 1. */
const LOW_CAPITAL_BASE = 3;
/** A low aspect in a capital that is not low as a whole. */
const LOW_ASPECT_WEIGHT = 1;
/** 'Hier wil ik aan werken' in this capital. */
const WANTS_WEIGHT = 2;
/** A low aspect of a child that the intervention can reach. */
const CHILD_WEIGHT = 1;
/** A secondary capital counts half. */
const SECONDARY_FACTOR = 0.5;
const AGE_FIT_WEIGHT = 1;
const TARGET_GROUP_WEIGHT = 1;
const TARGET_GROUP_MAX = 2;
const LIFE_EVENT_WEIGHT = 2;
const POVERTY_TYPE_WEIGHT: Readonly<Record<IndicationStrength, number>> = {
  weak: 0.5,
  moderate: 1,
  strong: 2,
};

/** A scan aspect the item names counts double when it is the item's main (first) aspect. */
const MAIN_ASPECT_FACTOR = 2;
const OTHER_ASPECT_FACTOR = 0.5;
/** The item requires a life event, or a target group, that this household has. */
const REQUIRED_EVENT_WEIGHT = 3;
const REQUIRED_GROUP_WEIGHT = 1;

/** Aspects whose low score means money worries, even when the capital as a whole is not low. */
const MONEY_ASPECTS = new Set(['economisch.inkomen', 'economisch.schulden']);

/** Target groups every household belongs to; fitting them is not a reason of its own. */
const GENERIC_GROUPS = new Set(['volwassenen', 'wijkbewoners']);
/** Target groups through which an intervention reaches children. */
const CHILD_GROUPS = [
  'kinderen',
  'jongeren',
  'gezinnen',
  'ouders',
  'eenoudergezinnen',
  'studenten',
];
/** An adult whose birth year is not known fits only an age range that spans adult life. */
const ADULT_SPAN = { min: 18, max: 65 } as const;
const OLDER_FROM = 67;
const YOUNG_ADULT_UNTIL = 26;

/** Capital masks are 5 bits. */
const MASKS = 1 << CAPITALS.length;

// ------------------------------------------------------------------------------------ household

interface ChildNeed {
  capital: Capital;
  aspectId: string;
  title: string;
  titleEn: string;
  score: Score;
  childRef: string;
  age: number | null;
}

interface Person {
  age: number;
  child: boolean;
}

/** How a capital ranks for this household: weak and wanted first (lower is earlier). */
function capitalTier(weak: boolean, wanted: boolean): number {
  return weak && wanted ? 0 : weak ? 1 : wanted ? 2 : 3;
}

/** Everything about the household that the scoring needs, computed once per call. */
interface Household {
  need: Float64Array; // per capital index
  needReasons: MatchReason[][]; // per capital index
  childNeeds: ChildNeed[][]; // per capital index
  /** Bit c set = a child has a low aspect in capital c. */
  childMask: number;
  people: Person[];
  adultsOfUnknownAge: boolean;
  /** The household's target groups: 1 = every household (not a reason), 2 = specific. */
  groups: Map<string, 1 | 2>;
  /** Life events that are recent or of unknown year. */
  lifeEvents: Set<string>;
  /** Best weight and its strength per suggested poverty type. */
  povertyWeight: Map<PovertyType, { weight: number; strength: IndicationStrength }>;
  capitalScore: (number | null)[];
  strong: boolean[];
  weak: boolean[];
  phaseMask: number;
  gemeenteCode: string | undefined;
  /** A child is on the way (a recent pregnancy). */
  expecting: boolean;
  /** Everyone, adults of unknown age included, with their work status (for the fit rules). */
  fitPeople: FitPerson[];
  adults: number;
  livesAlone: boolean | undefined;
  aspects: Map<string, AspectFact[]>;
  /** Capital indexes with something to work on, in the order they are shown. */
  capitalOrder: number[];
  /** Position of each capital in capitalOrder; CAPITALS.length when it has no need. */
  capitalRank: Int8Array;
}

/** The household in the bit numbering of one intervention index. */
interface Bound {
  ix: InterventionIndex;
  hh: Household;
  /** Need per capital mask, for primary and for secondary capitals. */
  needPrimary: Float64Array;
  needSecondary: Float64Array;
  groups: Int32Array;
  specificGroups: Int32Array;
  childGroups: Int32Array;
  lifeEvents: Int32Array;
  hasLifeEvents: boolean;
  /** Best poverty-type weight per 3-bit mask of the intervention, and the type that gives it. */
  povertyBest: Float64Array;
  povertyBestType: Int8Array;
  fit: FitHousehold;
}

function capitalNeeds(profile: Profile): {
  need: Float64Array;
  reasons: MatchReason[][];
  scores: (number | null)[];
  wanted: boolean[];
} {
  const need = new Float64Array(CAPITALS.length);
  const reasons: MatchReason[][] = CAPITALS.map(() => []);
  const scores: (number | null)[] = CAPITALS.map(() => null);
  const wantedAny: boolean[] = CAPITALS.map(() => false);
  for (const capital of profile.capitals) {
    const i = capitalIndex(capital.capital);
    if (i < 0) continue;
    scores[i] = capital.score;
    if (capital.score !== null && capital.score <= WEAK_AT_MOST) {
      need[i] = (need[i] ?? 0) + LOW_CAPITAL_BASE + (WEAK_AT_MOST - capital.score);
      reasons[i]?.push({
        code: 'capital-low',
        message: message('kapitaalscan.reason.capitalLow', {
          capital: capitalName(capital.capital),
          score: capital.score,
        }),
        params: { capital: capital.capital, score: capital.score },
      });
    } else {
      let lowest: (typeof capital.aspects)[number] | null = null;
      for (const a of capital.aspects)
        if (
          a.score !== null &&
          a.score <= WEAK_AT_MOST &&
          (!lowest || a.score < (lowest.score ?? 6))
        )
          lowest = a;
      if (lowest && lowest.score !== null) {
        need[i] = (need[i] ?? 0) + LOW_ASPECT_WEIGHT;
        reasons[i]?.push({
          code: 'aspect-low',
          // The same words as an item's own aspect reason, so the two are told once.
          message: message('kapitaalscan.reason.aspectLow', {
            title: contentText(lowest.title, lowest.titleEn),
            score: lowest.score,
          }),
          params: { capital: capital.capital, aspectId: lowest.aspectId, score: lowest.score },
        });
      }
    }
    const wanted = capital.aspects.filter((a) => a.wantsToWorkOn);
    if (wanted.length > 0) {
      wantedAny[i] = true;
      need[i] = (need[i] ?? 0) + WANTS_WEIGHT;
      reasons[i]?.push({
        code: 'wants-to-work-on',
        message: message('kapitaalscan.reason.wantsToWorkOn', {
          aspects: listOf(wanted.map((a) => quoted(contentText(a.title, a.titleEn)))),
        }),
        params: { capital: capital.capital, aspectIds: wanted.map((a) => a.aspectId) },
      });
    }
  }
  return { need, reasons, scores, wanted: wantedAny };
}

function buildHousehold(input: MatchingInput): Household {
  const { household, profile, peildatum } = input;
  const { need, reasons, scores, wanted } = capitalNeeds(profile);
  const { people, fitPeople, childAgeByRef, adultsOfUnknownAge } = peopleOf(household, peildatum);
  const { childNeeds, childMask } = childNeedsOf(profile, childAgeByRef);
  const lifeEvents = new Set(
    household.lifeEvents.filter((e) => lifeEventRecency(e, peildatum) !== 'past').map((e) => e.id),
  );
  const groups = targetGroupsOf(household, profile, scores, people, fitPeople, lifeEvents);
  const { capitalOrder, capitalRank } = orderCapitals(need, scores, wanted, childMask);
  return {
    need,
    needReasons: reasons,
    childNeeds,
    childMask,
    people,
    adultsOfUnknownAge,
    groups: new Map([...groups].map((g) => [g, GENERIC_GROUPS.has(g) ? 1 : 2] as const)),
    lifeEvents,
    povertyWeight: povertyWeights(input.povertyTypes ?? []),
    capitalScore: scores,
    strong: scores.map((s) => s !== null && s >= STRONG_AT_LEAST),
    weak: scores.map((s) => s !== null && s <= WEAK_AT_MOST),
    phaseMask: phaseMaskOf(input.options?.phases),
    gemeenteCode: household.gemeenteCode,
    expecting: lifeEvents.has('zwangerschap'),
    fitPeople,
    adults: household.adults.length,
    livesAlone: household.livesAlone,
    aspects: aspectFacts(profile, (ref) => childAgeByRef.get(ref) ?? null),
    capitalOrder,
    capitalRank,
  };
}

/** The household's members with their ages on the peildatum: children first, then adults. */
function peopleOf(
  household: HouseholdFacts,
  peildatum: string,
): {
  people: Person[];
  fitPeople: FitPerson[];
  childAgeByRef: Map<string, number>;
  adultsOfUnknownAge: boolean;
} {
  const people: Person[] = [];
  const childAgeByRef = new Map<string, number>();
  for (const child of household.children) {
    const age = ageFromBirthYear(child.birthYear, peildatum);
    people.push({ age, child: true });
    if (child.ref !== undefined) childAgeByRef.set(child.ref, age);
  }
  let adultsOfUnknownAge = false;
  const fitPeople: FitPerson[] = people.map((p) => ({ age: p.age, child: true, status: -1 }));
  for (const adult of household.adults) {
    const age = adult.birthYear === undefined ? null : ageFromBirthYear(adult.birthYear, peildatum);
    if (age === null) adultsOfUnknownAge = true;
    else people.push({ age, child: false });
    fitPeople.push({ age, child: false, status: statusIndex(adult.workStatus) });
  }
  return { people, fitPeople, childAgeByRef, adultsOfUnknownAge };
}

/** The children's weak aspects per capital, and the capitals where a child has one. */
function childNeedsOf(
  profile: Profile,
  childAgeByRef: ReadonlyMap<string, number>,
): { childNeeds: ChildNeed[][]; childMask: number } {
  const childNeeds: ChildNeed[][] = CAPITALS.map(() => []);
  let childMask = 0;
  for (const child of profile.children)
    for (const a of child.aspects) {
      const c = capitalIndex(a.capital);
      if (c < 0 || a.score === null || a.score > WEAK_AT_MOST) continue;
      childMask |= 1 << c;
      childNeeds[c]?.push({
        capital: a.capital,
        aspectId: a.aspectId,
        title: a.title,
        titleEn: a.titleEn,
        score: a.score,
        childRef: child.childRef,
        age: childAgeByRef.get(child.childRef) ?? null,
      });
    }
  return { childNeeds, childMask };
}

/** The target groups this household belongs to, from its members, events and scan. */
function targetGroupsOf(
  household: HouseholdFacts,
  profile: Profile,
  scores: readonly (number | null)[],
  people: readonly Person[],
  fitPeople: readonly FitPerson[],
  lifeEvents: ReadonlySet<string>,
): Set<string> {
  const groups = new Set<string>(['wijkbewoners', ...(household.targetGroups ?? [])]);
  if (household.adults.length > 0) groups.add('volwassenen');
  for (const p of people) {
    if (p.child) {
      if (p.age < 12) groups.add('kinderen');
      else if (p.age < 18) groups.add('jongeren');
      else groups.add('jongvolwassenen');
      if (p.age >= 4 && p.age < 18) groups.add('studenten');
    } else {
      if (p.age <= YOUNG_ADULT_UNTIL) groups.add('jongvolwassenen');
      if (p.age >= OLDER_FROM) groups.add('ouderen');
    }
  }
  if (household.children.length > 0) {
    groups.add('ouders');
    groups.add('gezinnen');
    if (household.adults.length === 1) groups.add('eenoudergezinnen');
  }
  if (lifeEvents.has('zwangerschap')) groups.add('aanstaande-ouders');
  const economisch = scores[capitalIndex('economisch')];
  // Money worries: a low economic capital, or a low score for getting by or for debts.
  const moneyWorries =
    (economisch !== null && economisch !== undefined && economisch <= WEAK_AT_MOST) ||
    profile.capitals.some((c) =>
      c.aspects.some(
        (a) => MONEY_ASPECTS.has(a.aspectId) && a.score !== null && a.score <= WEAK_AT_MOST,
      ),
    );
  if (moneyWorries) groups.add('geldzorgen');
  // What the adults do, and a refugee background, say which groups the household belongs to.
  for (const p of fitPeople) {
    if (p.child) continue;
    const status = p.status < 0 ? undefined : WORK_STATUSES[p.status];
    if (status === 'geen-werk-of-school' && (p.age === null || p.age < OLDER_FROM))
      groups.add('werkzoekenden');
    if (status === 'school') groups.add('studenten');
    if (status === 'pensioen') groups.add('ouderen');
    if (status === 'werkt' && moneyWorries) groups.add('werkende-armen');
  }
  if (household.statushouder === true) {
    groups.add('statushouders');
    groups.add('migratieachtergrond');
  }
  return groups;
}

/** Capitals with something to work on, weakest wanted first (ADR 0302 › Order), and each one's rank. */
function orderCapitals(
  need: ArrayLike<number>,
  scores: readonly (number | null)[],
  wanted: ArrayLike<boolean>,
  childMask: number,
): { capitalOrder: number[]; capitalRank: Int8Array } {
  const capitalOrder = CAPITALS.map((_, c) => c)
    .filter((c) => (need[c] ?? 0) > 0 || (childMask & (1 << c)) !== 0)
    .sort((x, y) => {
      const weak = (c: number) => (scores[c] ?? 6) <= WEAK_AT_MOST;
      return (
        capitalTier(weak(x), wanted[x] ?? false) - capitalTier(weak(y), wanted[y] ?? false) ||
        (scores[x] ?? 6) - (scores[y] ?? 6) ||
        x - y
      );
    });
  const capitalRank = new Int8Array(CAPITALS.length).fill(CAPITALS.length);
  capitalOrder.forEach((c, rank) => (capitalRank[c] = rank));
  return { capitalOrder, capitalRank };
}

/** The heaviest indication per form of poverty. */
function povertyWeights(
  povertyTypes: NonNullable<MatchingInput['povertyTypes']>,
): Household['povertyWeight'] {
  const povertyWeight: Household['povertyWeight'] = new Map();
  for (const p of povertyTypes) {
    const weight = POVERTY_TYPE_WEIGHT[p.strength];
    if ((povertyWeight.get(p.type)?.weight ?? 0) < weight)
      povertyWeight.set(p.type, { weight, strength: p.strength });
  }
  return povertyWeight;
}

/** The asked phases as a bit mask; 0 = no filter. */
function phaseMaskOf(phases: readonly Phase[] | undefined): number {
  let phaseMask = 0;
  for (const phase of phases ?? []) {
    const i = PHASES.indexOf(phase);
    if (i >= 0) phaseMask |= 1 << i;
  }
  // Asking only for unknown phases matches nothing, rather than everything; an empty list is no filter.
  if ((phases?.length ?? 0) > 0 && phaseMask === 0) phaseMask = -1 << PHASES.length;
  return phaseMask;
}

function bind(ix: InterventionIndex, hh: Household): Bound {
  const needPrimary = new Float64Array(MASKS);
  const needSecondary = new Float64Array(MASKS);
  for (let mask = 1; mask < MASKS; mask++) {
    let sum = 0;
    let max = 0;
    for (let c = 0; c < CAPITALS.length; c++)
      if (mask & (1 << c)) {
        sum += hh.need[c] ?? 0;
        max = Math.max(max, hh.need[c] ?? 0);
      }
    // An item is suggested for one capital: its other primary capitals count like secondary ones,
    // so working on many capitals at once does not push a focused item down.
    needPrimary[mask] = max + (sum - max) * SECONDARY_FACTOR;
    needSecondary[mask] = sum * SECONDARY_FACTOR;
  }
  const povertyBest = new Float64Array(1 << POVERTY_TYPES.length);
  const povertyBestType = new Int8Array(1 << POVERTY_TYPES.length).fill(-1);
  for (let mask = 1; mask < povertyBest.length; mask++)
    POVERTY_TYPES.forEach((type, t) => {
      const w = hh.povertyWeight.get(type)?.weight ?? 0;
      if (mask & (1 << t) && w > (povertyBest[mask] ?? 0)) {
        povertyBest[mask] = w;
        povertyBestType[mask] = t;
      }
    });
  const lifeEvents = bitsFor(ix.lifeEvents, hh.lifeEvents);
  return {
    ix,
    hh,
    needPrimary,
    needSecondary,
    groups: bitsFor(ix.groups, hh.groups.keys()),
    specificGroups: bitsFor(
      ix.groups,
      [...hh.groups].filter(([, kind]) => kind === 2).map(([g]) => g),
    ),
    childGroups: bitsFor(ix.groups, CHILD_GROUPS),
    lifeEvents,
    hasLifeEvents: lifeEvents.some((w) => w !== 0),
    povertyBest,
    povertyBestType,
    fit: bindFit(ix.fit, {
      people: hh.fitPeople,
      adults: hh.adults,
      livesAlone: hh.livesAlone,
      expectingChild: hh.expecting,
      lifeEvents: hh.lifeEvents,
      groups: hh.groups.keys(),
      aspects: hh.aspects,
    }),
  };
}

// ------------------------------------------------------------------------------------ scoring

function inRange(age: number, min: number, max: number): boolean {
  return age >= min && age <= max;
}

/**
 * Scores intervention `i`; 0 means no match. With `reasons` given, it also explains the score:
 * every rule decides on the numbers first and only then writes its sentence, so a reason can never
 * disagree with the score. Cheap checks come first.
 */
function evaluate(b: Bound, i: number, reasons: MatchReason[] | null): number {
  const { ix, hh } = b;
  // Items for professionals, organisations or municipalities are never help for a household.
  if (ix.fit.notForHouseholds[i] === 1) return 0;
  if (hh.phaseMask !== 0 && ((ix.phases[i] ?? 0) & hh.phaseMask) === 0) return 0;

  // Need: the intervention must work on a capital with something to work on.
  const primary = ix.primary[i] ?? 0;
  const secondary = ix.secondary[i] ?? 0;
  let total = (b.needPrimary[primary] ?? 0) + (b.needSecondary[secondary] ?? 0);
  const childCapitals = primary & hh.childMask;
  if (total === 0 && childCapitals === 0) return 0;

  // Hard filters: age and target group.
  const hasAge = ix.hasAge[i] === 1;
  const min = ix.ageMin[i] ?? 0;
  const max = ix.ageMax[i] ?? 0;
  if (hasAge) {
    // A child on the way counts as 0 years old.
    let fits =
      (hh.adultsOfUnknownAge && min <= ADULT_SPAN.min && max >= ADULT_SPAN.max) ||
      (hh.expecting && min === 0);
    for (let p = 0; !fits && p < hh.people.length; p++)
      fits = inRange(hh.people[p]?.age ?? -1, min, max);
    if (!fits) return 0;
  }
  const words = ix.groups.words;
  const row = i * words;
  let specific = 0;
  let reachesChildren = false;
  if (ix.hasGroups[i] === 1) {
    let any = 0;
    for (let k = 0; k < words; k++) {
      const g = ix.groups.bits[row + k] ?? 0;
      any |= g & (b.groups[k] ?? 0);
      specific += popcount(g & (b.specificGroups[k] ?? 0));
      if ((g & (b.childGroups[k] ?? 0)) !== 0) reachesChildren = true;
    }
    if (any === 0) return 0;
  }
  // What the item itself requires: a life event, a child of some age, a kind of household, ...
  if (!meetsRequirements(ix.fit, b.fit, i)) return 0;

  const item = ix.items[i] as MatchableIntervention;
  if (reasons)
    for (const list of [item.capitals.primary, item.capitals.secondary])
      for (const capital of list) {
        const c = capitalIndex(capital);
        if ((hh.need[c] ?? 0) > 0) reasons.push(...(hh.needReasons[c] ?? []));
      }

  total = aspectsTotal(b, i, total, reasons);
  if (total < 0) return 0;
  total = childAspectsTotal(b, i, total, childCapitals, reachesChildren, reasons);
  if (total === 0) return 0;
  return fitTotal(b, i, total, specific, reasons);
}

/**
 * Adds the scan aspects the item helps with: each low or wanted one counts and is named. Returns -1
 * when the item names aspects the scan rated but none of them is low or wanted.
 */
function aspectsTotal(b: Bound, i: number, total: number, reasons: MatchReason[] | null): number {
  const { ix } = b;
  const aspectsFrom = ix.fit.aspects.start[i] ?? 0;
  const aspectsTo = ix.fit.aspects.start[i + 1] ?? 0;
  let aspectsKnown = false;
  let aspectsHit = false;
  for (let k = aspectsFrom; k < aspectsTo; k++) {
    const options = b.fit.aspects[ix.fit.aspects.values[k] ?? 0] ?? [];
    // A child's aspect counts only for a child the item is meant for: the heaviest such one.
    let best: AspectOption | undefined;
    for (let o = 0; best === undefined && o < options.length; o++) {
      const child = options[o]?.fact.child;
      if (!child || childFits(ix, i, child.age)) best = options[o];
    }
    if (!best) continue;
    // The first aspect the scan rated is what the item is mainly for; the others count less.
    const main = !aspectsKnown;
    aspectsKnown = true;
    if (best.weight === 0) continue;
    aspectsHit = true;
    total += best.weight * (main ? MAIN_ASPECT_FACTOR : OTHER_ASPECT_FACTOR);
    const { fact } = best;
    if (reasons)
      reasons.push({
        code: 'aspect',
        message: aspectSentence(fact, best.low),
        params: {
          capital: fact.capital,
          aspectId: fact.aspectId,
          ...(fact.score === null ? {} : { score: fact.score }),
          ...(fact.child?.age == null ? {} : { age: fact.child.age }),
        },
      });
  }

  // An item that names its aspects fits only when one of them is low or wanted; when the scan did
  // not rate any of them, the need of its capitals decides.
  return aspectsKnown && !aspectsHit ? -1 : total;
}

/**
 * Adds a child's low aspect when the intervention reaches that child (items that name their
 * aspects have counted them in aspectsTotal).
 */
function childAspectsTotal(
  b: Bound,
  i: number,
  total: number,
  childCapitals: number,
  reachesChildren: boolean,
  reasons: MatchReason[] | null,
): number {
  const { ix, hh } = b;
  const hasAge = ix.hasAge[i] === 1;
  const min = ix.ageMin[i] ?? 0;
  const max = ix.ageMax[i] ?? 0;
  const aspectsFrom = ix.fit.aspects.start[i] ?? 0;
  const aspectsTo = ix.fit.aspects.start[i + 1] ?? 0;
  const namesAspects = aspectsTo > aspectsFrom;
  for (let c = 0; !namesAspects && childCapitals !== 0 && c < CAPITALS.length; c++) {
    if ((childCapitals & (1 << c)) === 0) continue;
    const list = hh.childNeeds[c] ?? [];
    let hit: ChildNeed | null = null;
    for (let j = 0; hit === null && j < list.length; j++) {
      const n = list[j] as ChildNeed;
      if (hasAge ? n.age !== null && inRange(n.age, min, max) : reachesChildren) hit = n;
    }
    if (hit === null) continue;
    total += CHILD_WEIGHT;
    if (reasons) {
      const title = contentText(hit.title, hit.titleEn);
      reasons.push({
        code: 'child-aspect-low',
        message:
          hit.age === null
            ? message('kapitaalscan.reason.childAspectLow', { title, score: hit.score })
            : message('kapitaalscan.reason.childAspectLowAge', {
                age: hit.age,
                title,
                score: hit.score,
              }),
        params: {
          capital: hit.capital,
          aspectId: hit.aspectId,
          childRef: hit.childRef,
          score: hit.score,
          ...(hit.age === null ? {} : { age: hit.age }),
        },
      });
    }
  }
  return total;
}

/** Adds the age fit: someone in the household is of the age the item is for (children first). */
function ageFitTotal(b: Bound, i: number, total: number, reasons: MatchReason[] | null): number {
  const { ix, hh } = b;
  if (ix.hasAge[i] !== 1) return total;
  const min = ix.ageMin[i] ?? 0;
  const max = ix.ageMax[i] ?? 0;
  let childFits = false;
  let adultFits = false;
  for (const p of hh.people)
    if (inRange(p.age, min, max)) {
      if (p.child) childFits = true;
      else adultFits = true;
    }
  if (childFits || adultFits) {
    total += AGE_FIT_WEIGHT;
    if (reasons) {
      const ages = hh.people
        .filter((p) => p.child === childFits && inRange(p.age, min, max))
        .map((p) => p.age);
      reasons.push({
        code: 'age-fit',
        message: agesText(ages, childFits),
        params: { ages: [...new Set(ages)].sort((x, y) => x - y), min, max },
      });
    }
  }
  return total;
}

/**
 * Adds the fit: what makes this intervention more relevant for this household. An item made for
 * exactly this situation (a required life event or group that the household has) comes before a
 * general one.
 */
function fitTotal(
  b: Bound,
  i: number,
  total: number,
  specific: number,
  reasons: MatchReason[] | null,
): number {
  const { ix, hh } = b;
  const item = ix.items[i] as MatchableIntervention;
  if (ix.fit.hasLifeEvents[i] === 1) total += REQUIRED_EVENT_WEIGHT;
  if ((ix.fit.groups.start[i + 1] ?? 0) > (ix.fit.groups.start[i] ?? 0))
    total += REQUIRED_GROUP_WEIGHT;
  total = ageFitTotal(b, i, total, reasons);
  if (b.hasLifeEvents) {
    const ew = ix.lifeEvents.words;
    let any = 0;
    for (let k = 0; k < ew; k++)
      any |= (ix.lifeEvents.bits[i * ew + k] ?? 0) & (b.lifeEvents[k] ?? 0);
    if (any !== 0) {
      total += LIFE_EVENT_WEIGHT;
      if (reasons) {
        const events = item.lifeEvents.filter((e) => hh.lifeEvents.has(e));
        reasons.push({
          code: 'life-event',
          message: message('kapitaalscan.reason.lifeEvent', {
            events: listOf(events.map(lifeEventName)),
          }),
          params: { lifeEvents: events },
        });
      }
    }
  }
  if (specific > 0) {
    total += TARGET_GROUP_WEIGHT * Math.min(specific, TARGET_GROUP_MAX);
    if (reasons) {
      const fitting = item.targetGroups.filter((g) => hh.groups.get(g) === 2);
      reasons.push({
        code: 'target-group',
        message: message('kapitaalscan.reason.targetGroup', {
          groups: listOf(fitting.map(targetGroupName)),
        }),
        params: { targetGroups: fitting },
      });
    }
  }
  const povertyMask = ix.povertyTypes[i] ?? 0;
  const povertyWeight = b.povertyBest[povertyMask] ?? 0;
  if (povertyWeight > 0) {
    total += povertyWeight;
    if (reasons) {
      const type = POVERTY_TYPES[b.povertyBestType[povertyMask] ?? 0] as PovertyType;
      reasons.push({
        code: 'poverty-type',
        message: message('kapitaalscan.reason.povertyType', { type: povertyTypeName(type) }),
        params: { povertyType: type, strength: hh.povertyWeight.get(type)?.strength ?? 'weak' },
      });
    }
  }
  return total;
}

const BASIS = PRIORITIES.indexOf('basis');
const AANVULLING = PRIORITIES.indexOf('aanvulling');

/** Core help (priority basis) whose main aspect is low in this household: ranks first. */
function isUrgent(b: Bound, i: number): boolean {
  const { fit } = b.ix;
  const from = fit.aspects.start[i] ?? 0;
  if (fit.priority[i] !== BASIS || from === (fit.aspects.start[i + 1] ?? 0)) return false;
  return b.fit.aspects[fit.aspects.values[from] ?? 0]?.[0]?.low === true;
}

/** 2 = urgent core help, 1 = the rest, 0 = nice to have. */
function tierOf(b: Bound, i: number): number {
  return isUrgent(b, i) ? 2 : b.ix.fit.priority[i] === AANVULLING ? 0 : 1;
}

/** The capital an item is suggested for: its primary capital with a need that comes first. */
function capitalFor(b: Bound, i: number): number {
  const { capitalRank, capitalOrder } = b.hh;
  for (const mask of [b.ix.primary[i] ?? 0, b.ix.secondary[i] ?? 0]) {
    let best: number = CAPITALS.length;
    for (let c = 0; c < CAPITALS.length; c++)
      if ((mask & (1 << c)) !== 0) best = Math.min(best, capitalRank[c] ?? CAPITALS.length);
    if (best < CAPITALS.length) return capitalOrder[best] as number;
  }
  return capitalOrder[0] ?? 0;
}

/** Offered in the household's gemeente: a local offer there, or an item of that very place. */
function isLocalHere(b: Bound, i: number): boolean {
  if (b.ix.local[i] === 1) return true;
  const places = b.ix.fit.places[i];
  return places !== null && places !== undefined && b.hh.gemeenteCode !== undefined
    ? places.includes(b.hh.gemeenteCode)
    : false;
}

/** Whether item `i` belongs to one place that is not the household's and is not offered here. */
function elsewhere(b: Bound, i: number): boolean {
  return Boolean(b.ix.fit.places[i]) && !isLocalHere(b, i);
}

/** Whether a child of this age is one item `i` is meant for (its required child age, if any). */
function childFits(ix: InterventionIndex, i: number, age: number | null): boolean {
  if (ix.fit.childAge.has[i] !== 1) return true;
  return (
    age !== null && age >= (ix.fit.childAge.min[i] ?? 0) && age <= (ix.fit.childAge.max[i] ?? 0)
  );
}

/** Pairs (strong, weak) of capital indexes for which this intervention is a lever. */
function leverPairs(b: Bound, i: number, visit: (strong: number, weak: number) => void): void {
  const primary = b.ix.primary[i] ?? 0;
  const all = primary | (b.ix.secondary[i] ?? 0);
  for (let s = 0; s < CAPITALS.length; s++) {
    if ((primary & (1 << s)) === 0 || !b.hh.strong[s]) continue;
    for (let w = 0; w < CAPITALS.length; w++)
      if (w !== s && (all & (1 << w)) !== 0 && b.hh.weak[w]) visit(s, w);
  }
}

function leverReason(si: number, wi: number, hh: Household): MatchReason {
  const strong = CAPITALS[si] as Capital;
  const weak = CAPITALS[wi] as Capital;
  const ss = hh.capitalScore[si] ?? 0;
  const ws = hh.capitalScore[wi] ?? 0;
  return {
    code: 'lever',
    message: message('kapitaalscan.reason.lever', {
      strong: capitalName(strong),
      strongScore: ss,
      weak: capitalName(weak),
      weakScore: ws,
    }),
    params: { strong, strongScore: ss, weak, weakScore: ws },
  };
}

/**
 * The ranking key: score first (descending), then local offers first. All weights are multiples of
 * 0.05 (capital scores have one decimal, secondary capitals count half), so the score is exact in
 * twentieths; keep it that way when changing a weight.
 */
const SCORE_STEPS = 20;
function rankKey(total: number, isLocal: boolean): number {
  return Math.round(total * SCORE_STEPS) * 2 + (isLocal ? 1 : 0);
}

/** Urgent core help, the rest and nice-to-haves are ranked apart: the tier outweighs any score. */
const TIER_SPAN = 2 ** 20;

/** A handful of suggestions per capital. */
const PER_CAPITAL = 5;

/** Positions in the sort word: the index takes the low 24 bits (up to 16 million interventions). */
const INDEX_SPACE = 2 ** 24;

/** A name as it sorts: accents and case ignored, the same in every browser and on the server. */
function sortName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// ------------------------------------------------------------------------------------ main

/** Ranked interventions for a household, each with the reasons it matches, and combinations. */
export function matchInterventions(input: MatchingInput): MatchResult {
  const hh = buildHousehold(input);
  const ix = isInterventionIndex(input.interventions)
    ? input.interventions
    : indexInterventions(input.interventions);
  const items = ix.items;
  if (items.length >= INDEX_SPACE) throw new RangeError('interventions: too many to rank.');
  const limit = Math.max(0, input.options?.limit ?? 20);
  const combinationLimit = Math.max(0, input.options?.combinationLimit ?? 3);
  const perCapital = Math.max(0, input.options?.perCapital ?? PER_CAPITAL);
  const exampleLimit = Math.max(0, input.options?.exampleLimit ?? 3);
  const capitalOrder = hh.capitalOrder.map((c) => CAPITALS[c] as Capital);

  const needs: CapitalNeed[] = [];
  CAPITALS.forEach((capital, c) => {
    const weight = hh.need[c] ?? 0;
    if (weight > 0) needs.push({ capital, weight, reasons: hh.needReasons[c] ?? [] });
  });
  if (needs.length === 0 && hh.childMask === 0)
    return {
      matches: [],
      capitalOrder,
      practiceExamples: [],
      totalMatched: 0,
      combinations: [],
      needs,
    };

  const b = bind(ix, hh);
  const scored = scoreAll(b);
  const ranking = rankingOf(items, scored);
  const top = topPerCapital(b, ranking, limit, perCapital);
  const taken = new Set<string>();
  const explain = (i: number) => explainMatch(b, i, scored.scores, taken);
  // The matches first: `taken` gives them the first pick of summaries.
  const matches = top.map(explain);
  const practiceExamples = scored.examples
    .sort((x, y) => (scored.keys[y] ?? 0) - (scored.keys[x] ?? 0) || ranking.byName(x, y))
    .slice(0, exampleLimit)
    .map((i): PracticeExample => ({
      ...explain(i),
      places: (items[i] as MatchableIntervention).fit?.places ?? [],
    }));
  return {
    matches,
    capitalOrder,
    practiceExamples,
    totalMatched: scored.matched.length,
    combinations: combinationsOf(b, ranking, combinationLimit),
    needs,
  };
}

interface Scored {
  scores: Float64Array;
  /** The ranking key per item: tier, then score, then local first. */
  keys: Float64Array;
  maxKey: number;
  /** Items that fit here, and items of another place that fit (examples of practice). */
  matched: number[];
  examples: number[];
}

/** One pass: score every intervention (numbers only, no strings built). */
function scoreAll(b: Bound): Scored {
  const count = b.ix.items.length;
  const scores = new Float64Array(count);
  const keys = new Float64Array(count);
  let maxKey = 0;
  const matched: number[] = [];
  const examples: number[] = [];
  for (let i = 0; i < count; i++) {
    const s = evaluate(b, i, null);
    if (s > 0) {
      scores[i] = s;
      const key = tierOf(b, i) * TIER_SPAN + rankKey(s, isLocalHere(b, i));
      keys[i] = key;
      if (key > maxKey) maxKey = key;
      // An item of another place is an example of practice there, not an offer here.
      if (elsewhere(b, i)) examples.push(i);
      else matched.push(i);
    }
  }
  return { scores, keys, maxKey, matched, examples };
}

interface Ranking {
  /** The matched items, best key first. */
  ranked: Int32Array;
  /** Orders items by name (accents and case ignored), then id. */
  byName: (x: number, y: number) => number;
  /** Calls `visit` with each group of equal key, in rank order, until it returns false. */
  eachGroup: (visit: (group: number[]) => boolean) => void;
}

/**
 * Sorts by key with a native numeric sort (no comparator); ties are ordered by name only where the
 * result needs it: the groups that fill the top `limit` and the combination lists.
 */
function rankingOf(items: readonly MatchableIntervention[], scored: Scored): Ranking {
  const { matched, keys, maxKey } = scored;
  const words = new Float64Array(matched.length);
  for (let j = 0; j < matched.length; j++) {
    const i = matched[j] as number;
    words[j] = (maxKey - (keys[i] ?? 0)) * INDEX_SPACE + i;
  }
  words.sort();
  const ranked = new Int32Array(words.length);
  for (let j = 0; j < words.length; j++) ranked[j] = (words[j] ?? 0) % INDEX_SPACE;

  const names: (string | undefined)[] = [];
  const nameOf = (i: number): string => {
    let n = names[i];
    if (n === undefined) n = names[i] = sortName((items[i] as MatchableIntervention).name);
    return n;
  };
  const byName = (x: number, y: number): number => {
    const p = nameOf(x);
    const q = nameOf(y);
    if (p !== q) return p < q ? -1 : 1;
    const u = (items[x] as MatchableIntervention).id;
    const v = (items[y] as MatchableIntervention).id;
    return u < v ? -1 : u > v ? 1 : 0;
  };
  const eachGroup = (visit: (group: number[]) => boolean): void => {
    let pos = 0;
    while (pos < ranked.length) {
      const key = keys[ranked[pos] as number];
      let end = pos + 1;
      while (end < ranked.length && keys[ranked[end] as number] === key) end++;
      if (!visit(Array.from(ranked.subarray(pos, end)))) return;
      pos = end;
    }
  };
  return { ranked, byName, eachGroup };
}

/** A handful per capital, best first; then the capitals in the household's order. */
function topPerCapital(b: Bound, ranking: Ranking, limit: number, perCapital: number): number[] {
  const { hh } = b;
  const perBucket = CAPITALS.map((): number[] => []);
  const open = () => hh.capitalOrder.some((c) => (perBucket[c]?.length ?? 0) < perCapital);
  if (limit > 0 && perCapital > 0)
    ranking.eachGroup((group) => {
      group.sort(ranking.byName);
      for (const i of group) {
        const bucket = perBucket[capitalFor(b, i)] as number[];
        if (bucket.length < perCapital) bucket.push(i);
      }
      return open();
    });
  return hh.capitalOrder.flatMap((c) => perBucket[c] ?? []).slice(0, limit);
}

/** One match with its reasons, told once each, and its summary (`taken` spreads the summaries). */
function explainMatch(
  b: Bound,
  i: number,
  scores: Float64Array,
  taken: Set<string>,
): InterventionMatch {
  const { ix, hh } = b;
  const item = ix.items[i] as MatchableIntervention;
  const reasons: MatchReason[] = [];
  evaluate(b, i, reasons);
  leverPairs(b, i, (s, w) => reasons.push(leverReason(s, w, hh)));
  const local = isLocalHere(b, i);
  if (local)
    reasons.push({
      code: 'local-offer',
      message: message('kapitaalscan.reason.localOffer'),
      params: {
        ...(hh.gemeenteCode ? { gemeenteCode: hh.gemeenteCode } : {}),
        localOfferIds: item.localOfferIds ?? [],
      },
    });
  // A capital listed twice (primary and secondary) gives its need reasons once, and an aspect
  // named by the item is not repeated as the capital's lowest aspect.
  const ids = reasons.map((r) => messageId(r.message));
  const named = new Set(ids.filter((_, k) => reasons[k]?.code === 'aspect'));
  const keptAt = ids.flatMap((id, k) =>
    reasons[k]?.code === 'aspect' || !named.has(id) ? [k] : [],
  );
  const unique = keptAt
    .filter((k, n) => keptAt.findIndex((o) => ids[o] === ids[k]) === n)
    .map((k) => reasons[k] as MatchReason);
  if (isUrgent(b, i))
    unique.push({
      code: 'core-help',
      message: message('kapitaalscan.reason.coreHelp'),
      params: {},
    });
  return {
    interventionId: item.id,
    name: item.name,
    capital: CAPITALS[capitalFor(b, i)] as Capital,
    priority: PRIORITIES[ix.fit.priority[i] ?? 1] as Priority,
    score: Math.round((scores[i] ?? 0) * SCORE_STEPS) / SCORE_STEPS,
    isLocal: local,
    localOfferIds: item.localOfferIds ?? [],
    reasons: unique,
    summary: summaryOf(unique, taken),
  };
}

/** Combinations: walk the ranked groups and fill each strong→weak pair with its best items. */
function combinationsOf(b: Bound, ranking: Ranking, combinationLimit: number): Combination[] {
  const { hh } = b;
  const buckets = new Map<number, number[]>();
  const possiblePairs = hh.strong.filter(Boolean).length * hh.weak.filter(Boolean).length;
  if (combinationLimit > 0 && possiblePairs > 0)
    ranking.eachGroup((group) => {
      const candidates = new Map<number, number[]>();
      for (const i of group)
        leverPairs(b, i, (s, w) => {
          const key = s * CAPITALS.length + w;
          if ((buckets.get(key)?.length ?? 0) >= combinationLimit) return;
          const list = candidates.get(key);
          if (list) list.push(i);
          else candidates.set(key, [i]);
        });
      for (const [key, list] of candidates) {
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, (bucket = []));
        list.sort(ranking.byName);
        for (const i of list) if (bucket.length < combinationLimit) bucket.push(i);
      }
      let full = 0;
      for (const bucket of buckets.values()) if (bucket.length >= combinationLimit) full++;
      return full < possiblePairs;
    });
  return [...buckets.entries()]
    .map(([key, list]) => combination(b, key, list))
    .sort(
      (x, y) =>
        Number(y.linked) - Number(x.linked) ||
        x.weak.score - y.weak.score ||
        y.strong.score - x.strong.score ||
        capitalIndex(x.weak.capital) - capitalIndex(y.weak.capital) ||
        capitalIndex(x.strong.capital) - capitalIndex(y.strong.capital),
    );
}

/** One strong→weak pair (`key` = strong × CAPITALS.length + weak) with its items. */
function combination(b: Bound, key: number, list: readonly number[]): Combination {
  const { hh } = b;
  const si = Math.floor(key / CAPITALS.length);
  const wi = key % CAPITALS.length;
  const strong = CAPITALS[si] as Capital;
  const weak = CAPITALS[wi] as Capital;
  const link = CAPITAL_LINKS.find((l) => l.from === strong && l.to === weak);
  const base = leverReason(si, wi, hh);
  return {
    strong: { capital: strong, score: hh.capitalScore[si] ?? 0 },
    weak: { capital: weak, score: hh.capitalScore[wi] ?? 0 },
    linked: link !== undefined,
    // The edge writes the sentence's first letter as a capital.
    reason: {
      ...base,
      message: link
        ? message('kapitaalscan.reason.combination', {
            lever: base.message,
            how: capitalLinkHow(link),
          })
        : message('kapitaalscan.reason.combinationUnlinked', { lever: base.message }),
    },
    interventions: list.map((i) => {
      const item = b.ix.items[i] as MatchableIntervention;
      return { interventionId: item.id, name: item.name, isLocal: isLocalHere(b, i) };
    }),
  };
}
