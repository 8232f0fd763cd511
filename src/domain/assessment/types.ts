// Types of the kapitaalscan: the instrument (data from content/scan/), a filled-in scan, and the
// household facts that the indication and the matching use. The domain defines these itself; the
// zod schemas in src/contract/scan/ parse files and requests into exactly these shapes. Every
// instrument text the household sees is in Dutch and, in the field with the suffix `En`, in English.

export const CAPITALS = ['economisch', 'sociaal', 'cultureel', 'pedagogisch', 'mentaal'] as const;
export type Capital = (typeof CAPITALS)[number];

export const POVERTY_TYPES = ['situationeel', 'generatie', 'migratie'] as const;
export type PovertyType = (typeof POVERTY_TYPES)[number];

export const PHASES = ['signaleren', 'ondersteunen', 'stimuleren'] as const;
export type Phase = (typeof PHASES)[number];

export const SCORES = [1, 2, 3, 4, 5] as const;
/** 1 = hier is nu veel zorg … 5 = dit gaat goed. */
export type Score = (typeof SCORES)[number];

/** A text in both product languages. */
export interface Bilingual {
  nl: string;
  en: string;
}

// ------------------------------------------------------------------------------------ instrument

export interface LevelDescription {
  score: Score;
  description: string;
  descriptionEn: string;
}

/** When an aspect is asked. `hasChildren`: only in households with children (household part);
 * `childAge`: only for children of these ages, in whole years (child part). */
export interface AspectCondition {
  hasChildren?: boolean;
  childAge?: { min: number; max: number };
}

export interface InstrumentAspect {
  /** Stable id, `<capital>.<name>` in the household part and `kind.<name>` in the child part. */
  id: string;
  capital: Capital;
  title: string;
  titleEn: string;
  question: string;
  questionEn: string;
  /** Exactly five, scores 1 to 5 in that order. */
  levels: readonly LevelDescription[];
  appliesWhen?: AspectCondition;
}

export interface CapitalSection {
  capital: Capital;
  title: string;
  titleEn: string;
  intro: string;
  introEn: string;
  aspects: readonly InstrumentAspect[];
}

export interface PovertyTypePointer {
  type: PovertyType;
  /** 2 = a feature that belongs strongly to this type; 1 = a feature that fits it. */
  weight: 1 | 2;
  /** Why, in plain Dutch. */
  why: string;
  /** The same in plain English. */
  whyEn: string;
  /** Counts only when all these other risk factors are present too. */
  onlyWith?: readonly string[];
}

export interface RiskFactor {
  id: string;
  label: string;
  labelEn: string;
  explanation: string;
  explanationEn: string;
  pointsTo: readonly PovertyTypePointer[];
  /** Also counts when this aspect's counted score is at most `atMost`, even if not ticked. */
  inferredFrom?: { aspect: string; atMost: Score };
  /** Life events (vocabularies.yaml) this factor already covers, so they are not counted twice. */
  lifeEvents?: readonly string[];
  /** Target groups (vocabularies.yaml) a household with this factor belongs to. */
  targetGroups?: readonly string[];
}

export interface ProtectiveFactor {
  id: string;
  capital: Capital;
  label: string;
  labelEn: string;
  explanation: string;
  explanationEn: string;
}

export interface Instrument {
  id: string;
  version: number;
  title: string;
  titleEn: string;
  intro: string;
  introEn: string;
  scale: readonly { score: Score; label: string; labelEn: string }[];
  capitals: readonly CapitalSection[];
  childPart: {
    title: string;
    titleEn: string;
    intro: string;
    introEn: string;
    aspects: readonly InstrumentAspect[];
  };
  riskFactors: readonly RiskFactor[];
  protectiveFactors: readonly ProtectiveFactor[];
}

// ------------------------------------------------------------------------------------ answers

export interface AspectAnswer {
  /** The household's own rating. */
  householdScore?: Score;
  /** The professional's rating. */
  professionalScore?: Score;
  /** 'Wat gaat goed': a strength in the household's words. */
  strength?: string;
  /** 'Hier wil ik aan werken'. */
  wantsToWorkOn: boolean;
}

export interface ChildAnswers {
  /** The household's own reference for the child (never a name or BSN). */
  childRef: string;
  aspects: Readonly<Record<string, AspectAnswer>>;
}

export interface ScanAnswers {
  instrumentId: string;
  instrumentVersion: number;
  /** Household part, by aspect id. */
  aspects: Readonly<Record<string, AspectAnswer>>;
  children: readonly ChildAnswers[];
  riskFactors: readonly string[];
  protectiveFactors: readonly string[];
}

// ------------------------------------------------------------------------------------ household

export interface LifeEvent {
  /** Id from vocabularies.yaml › life_events. */
  id: string;
  /** Year it happened, when known. */
  year?: number;
}

export interface HouseholdFacts {
  /** `workStatus`: what the adult does, when noted (ids from matching/fit.ts WORK_STATUSES). */
  adults: readonly { birthYear?: number; workStatus?: string }[];
  children: readonly { ref?: string; birthYear: number }[];
  /** CBS gemeentecode, GM + four digits. */
  gemeenteCode?: string;
  lifeEvents: readonly LifeEvent[];
  /** Risk factor ids from the instrument. */
  riskFactors: readonly string[];
  /** Target groups the worker knows apply (vocabularies.yaml), e.g. huurders, mantelzorgers. */
  targetGroups?: readonly string[];
  /** The one adult lives alone (unknown when absent). */
  livesAlone?: boolean;
  /** Someone came as a refugee and now has a residence permit. */
  statushouder?: boolean;
}
