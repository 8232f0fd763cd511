// Zorgtoeslag for many households at once, without a trace: the screening fast path. The inputs
// are columns (one typed array per fact, one entry per household), the outputs too, so a million
// households cost a few typed arrays instead of a million result objects. It computes exactly what
// the engine's zorgtoeslag (schemes/zorgtoeslag.ts) computes, with the same money helpers in the
// same order; a test compares both on thousands of households, edge cases included.
import { ageOn } from '../dates';
import { yearlyIncome } from '../facts';
import type { Household } from '../household';
import { snapshotFor, type ParameterSet } from '../parameters';
import { MIN_YEAR } from '../schemes/common';

/** The facts zorgtoeslag needs, one entry per household. */
export interface ZorgtoeslagColumns {
  count: number;
  /** Age of the applicant in whole years on the peildatum. */
  applicantAge: Int32Array;
  /** 1 with a partner (toeslagpartner), else 0. */
  hasPartner: Uint8Array;
  /** 1 when the applicant has a Dutch health insurance. */
  applicantInsured: Uint8Array;
  /** 1 when the partner has a Dutch health insurance (ignored without a partner). */
  partnerInsured: Uint8Array;
  /** Assets of applicant and partner together, eurocent. */
  assetsCents: Float64Array;
  /** Toetsingsinkomen per year of applicant and partner together, eurocent. */
  incomeCents: Float64Array;
}

/** Status per household: the engine's 'geen-recht', 'recht' and 'niet-berekend'. */
export const ZORGTOESLAG_STATUS = ['geen-recht', 'recht', 'niet-berekend'] as const;
export const GEEN_RECHT = 0;
export const RECHT = 1;
export const NIET_BEREKEND = 2;

export interface ZorgtoeslagAmounts {
  /** Index into ZORGTOESLAG_STATUS. */
  status: Uint8Array;
  /** Yearly amount in eurocent (0 unless 'recht'). */
  perYearCents: Float64Array;
  /** Monthly payment in eurocent (0 unless 'recht'). */
  perMonthCents: Float64Array;
}

/** Empty columns for `count` households (filled by the caller). */
export function zorgtoeslagColumns(count: number): ZorgtoeslagColumns {
  return {
    count,
    applicantAge: new Int32Array(count),
    hasPartner: new Uint8Array(count),
    applicantInsured: new Uint8Array(count),
    partnerInsured: new Uint8Array(count),
    assetsCents: new Float64Array(count),
    incomeCents: new Float64Array(count),
  };
}

/** The columns of validated households on a peildatum, derived as the engine derives its facts. */
export function zorgtoeslagColumnsOf(
  households: readonly Household[],
  peildatum: string,
): ZorgtoeslagColumns {
  const c = zorgtoeslagColumns(households.length);
  households.forEach((h, i) => {
    c.applicantAge[i] = ageOn(h.applicant.birthDate, peildatum);
    c.hasPartner[i] = h.partner ? 1 : 0;
    c.applicantInsured[i] = h.applicant.healthInsuredInNL ? 1 : 0;
    c.partnerInsured[i] = h.partner?.healthInsuredInNL ? 1 : 0;
    c.assetsCents[i] = h.assetsCents;
    c.incomeCents[i] = yearlyIncome(h.applicant) + (h.partner ? yearlyIncome(h.partner) : 0);
  });
  return c;
}

/** The zorgtoeslag parameters on a peildatum; NaN where the law has no value for that date. */
export interface ZorgtoeslagParameters {
  minimumAge: number;
  threshold: number;
  standardPremium: number;
  pctThresholdSingle: number;
  pctThresholdPartner: number;
  pctAboveThreshold: number;
  assetLimitSingle: number;
  assetLimitPartner: number;
  partnerNotInsuredShare: number;
  minimumYearAmount: number;
}

// The parameter ids schemes/zorgtoeslag.ts reads (the equality test fails if they drift apart).
const IDS: Record<keyof ZorgtoeslagParameters, string> = {
  minimumAge: 'algemeen.minimumleeftijd-toeslag',
  threshold: 'algemeen.drempelinkomen',
  standardPremium: 'zorgtoeslag.standaardpremie',
  pctThresholdSingle: 'zorgtoeslag.normpremie-percentage-drempel-zonder-partner',
  pctThresholdPartner: 'zorgtoeslag.normpremie-percentage-drempel-met-partner',
  pctAboveThreshold: 'zorgtoeslag.normpremie-percentage-boven-drempel',
  assetLimitSingle: 'zorgtoeslag.vermogensgrens-zonder-partner',
  assetLimitPartner: 'zorgtoeslag.vermogensgrens-met-partner',
  partnerNotInsuredShare: 'zorgtoeslag.aandeel-partner-niet-verzekerd',
  minimumYearAmount: MIN_YEAR,
};

export function zorgtoeslagParameters(set: ParameterSet, peildatum: string): ZorgtoeslagParameters {
  const snap = snapshotFor(set, peildatum);
  const value = (id: string): number => {
    const found = snap.find(id);
    if (!found) return Number.NaN;
    const v = found.value.value;
    if (typeof v !== 'number') throw new Error(`Parameter ${id} is a table, not a number`);
    return v;
  };
  const out = {} as ZorgtoeslagParameters;
  for (const key of Object.keys(IDS) as Array<keyof ZorgtoeslagParameters>)
    out[key] = value(IDS[key]);
  return out;
}
