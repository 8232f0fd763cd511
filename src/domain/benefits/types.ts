import type { Message } from '../message';
import type { Formula } from './formula';
// Shared types of the Voorzieningencheck rules engine. Pure data, no behaviour.

export const nationalSchemeIds = [
  'zorgtoeslag',
  'huurtoeslag',
  'kindgebonden-budget',
  'kinderbijslag',
  'kinderopvangtoeslag',
  'bijstand',
  'tegemoetkoming-alleenverdieners',
] as const;

export const municipalSchemeIds = [
  'bijzondere-bijstand',
  'individuele-inkomenstoeslag',
  'kwijtschelding',
  'meedoenregeling',
  'collectieve-zorgverzekering',
] as const;

export const fundSchemeIds = [
  'leergeld',
  'jeugdfonds-sport-cultuur',
  'volwassenenfonds-sport-cultuur',
  'nationaal-fonds-kinderhulp',
  'jarige-job',
  'voedselbank',
] as const;

export const schemeIds = [...nationalSchemeIds, ...municipalSchemeIds, ...fundSchemeIds] as const;

export type NationalSchemeId = (typeof nationalSchemeIds)[number];
export type MunicipalSchemeId = (typeof municipalSchemeIds)[number];
export type FundSchemeId = (typeof fundSchemeIds)[number];
export type SchemeId = (typeof schemeIds)[number];

export type SchemeCategory = 'landelijk' | 'gemeentelijk' | 'fonds';

/** A text in Dutch and English; used for every error message. */
export interface Bilingual {
  nl: string;
  en: string;
}

export const units = [
  'eurocent',
  'eurocent_per_maand',
  'eurocent_per_kwartaal',
  'eurocent_per_jaar',
  'percentage',
  'fraction',
  'jaar',
  'maand',
  'aantal',
  'tabel',
  'datum',
  'tekst',
  'ja_nee',
] as const;
export type Unit = (typeof units)[number];

export const referenceKinds = [
  'bwb',
  'staatscourant',
  'belastingdienst',
  'gemeente',
  'fund',
  'other',
] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

/** Where a value comes from: a law (BWB id), an official publication, a regulation or a fund. */
export interface LegalReference {
  kind: ReferenceKind;
  id: string;
  title: string;
  url: string;
  article?: string | undefined;
}

// ---------------------------------------------------------------------------------------------
// Trace

export type TraceScalar = number | string | boolean | null;

export interface TraceValue {
  value: TraceScalar;
  unit: Unit;
}

export type ComparisonOperator = '<=' | '<' | '>=' | '>' | '=' | '!=';

/** One condition of a scheme: what was compared with what, and whether it passed. */
export interface TraceCondition {
  id: string;
  /** Plain words (B1) as a catalogue message, for example 'Uw vermogen is niet hoger dan de grens'. */
  label: Message;
  passed: boolean;
  actual: TraceValue;
  operator: ComparisonOperator;
  limit: TraceValue;
  parameterIds: string[];
}

/** One step in the calculation of the amount. */
export interface TraceStep {
  id: string;
  label: Message;
  value: number;
  unit: Unit;
  /** The calculation for professionals ('2.119,00 - 568,55'), worded in the reader's language. */
  formula: Formula;
  parameterIds: string[];
}

/** How often the law (or the publisher) sets a new value of a parameter. */
export const indexations = ['yearly', 'half-yearly', 'none'] as const;
export type Indexation = (typeof indexations)[number];

/**
 * How a value was checked against its source: who read which source on which date, or why it
 * was not checked yet. A source is a web address, or a path in a public repository (for example
 * the stored copy of wetten.overheid.nl in MinBZK/regelrecht-corpus).
 */
export type Verification =
  | {
      status: 'verified';
      /** Title of what was read, for example 'Participatiewet, tekst geldend vanaf 2026-07-01'. */
      source: string;
      url?: string | undefined;
      /** 'owner/name:path' of a file in a public repository. */
      repositoryPath?: string | undefined;
      readOn: string;
      /** A person or a role, for example 'ontwikkelteam'. */
      by: string;
    }
  | {
      status: 'unverified';
      reason: string;
      /** The English twin of `reason`; always set for law parameters, absent in older gemeente rows. */
      reasonEn?: string | undefined;
    };

/**
 * A value used after the date its successor should have applied: the law set a new amount (for
 * example on 1 July) that has not been entered in rules/ yet.
 */
export interface StaleValue {
  validFrom: string;
  /** The date the next value was due. */
  dueFrom: string;
  message: Message;
}

/** A parameter as it was used: its value on the peildatum and where it comes from. */
export interface TraceParameter {
  id: string;
  /** What the parameter is, in Dutch and (descriptionEn) in English. */
  description: string;
  descriptionEn: string;
  unit: Unit;
  value: unknown;
  validFrom: string;
  reference: LegalReference;
  /** One sentence that sums up `verification`, worded in the reader's language. */
  verified: Message;
  verification: Verification;
  /** Set when a newer value was due on the peildatum but is missing. */
  stale: StaleValue | null;
}

// ---------------------------------------------------------------------------------------------
// Results

/**
 * recht: the rules say yes and the amount is computed;
 * geen-recht: at least one condition fails;
 * mogelijk: the household may qualify, but someone must still check (municipality, fund) or facts are missing;
 * niet-berekend: the engine cannot compute this (for example no parameters for the peildatum).
 */
export type SchemeStatus = 'recht' | 'geen-recht' | 'mogelijk' | 'niet-berekend';

export interface SchemeAmount {
  /** What is paid per month (whole euros for toeslagen), in eurocent. */
  perMonthCents: number;
  /** The amount per year in eurocent (for one-off amounts: the one-off amount). */
  perYearCents: number;
  period: 'maand' | 'kwartaal' | 'jaar' | 'eenmalig';
  /** True when the figure is an estimate (municipal schemes, bijstand). */
  indicative: boolean;
}

export interface SchemeResult {
  scheme: SchemeId;
  name: string;
  category: SchemeCategory;
  status: SchemeStatus;
  amount: SchemeAmount | null;
  /** The household said it already receives this scheme (professional input). */
  alreadyReceives: boolean;
  conditions: TraceCondition[];
  steps: TraceStep[];
  parameters: TraceParameter[];
  /** Questions to ask or facts to check before applying; catalogue messages, like the labels. */
  toAsk: Message[];
  howToApply: Message | null;
  via: Message | null;
  url: string | null;
  notes: Message[];
  /** For municipal schemes: the regulation the figures come from and when they were checked. */
  source: SchemeSource | null;
}

export interface SchemeSource {
  title: string;
  url: string;
  /** The latest date on which a person entered or checked one of the figures (YYYY-MM-DD). */
  checkedOn: string | null;
}

export interface CalculationTotals {
  /** Sum per month of schemes with status 'recht' that the household does not receive yet. */
  additionalPerMonthCents: number;
  /** Sum per month of all schemes with status 'recht' (received or not). */
  entitledPerMonthCents: number;
  /** Sum per month of indicative amounts with status 'mogelijk' not received yet. */
  possiblePerMonthCents: number;
  /** Schemes with status 'recht' or 'mogelijk' that the household does not receive yet. */
  likelyNonTakeUp: SchemeId[];
}

export interface CalculationResult {
  peildatum: string;
  gemeente: string;
  gemeenteName: string;
  gemeenteIsExample: boolean;
  schemes: SchemeResult[];
  totals: CalculationTotals;
}

/** A field-level validation problem: a catalogue message the server or the page words. */
export interface FieldIssue {
  /** Dotted path of the field, for example 'children.0.birthDate'. */
  field: string;
  message: Message;
}
