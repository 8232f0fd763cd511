// The zorgtoeslag screening loop over columns (see zorgtoeslag-columns.ts for the data). Every
// household takes the engine's steps: conditions, normpremie, standard premium minus normpremie,
// the partner share, then the Awir rounding and minimum. A parameter the engine would need but
// the law has no value for on the peildatum makes that household 'niet-berekend', as in the engine.
import { floorToWholeEuroCents, percentOfExact, roundToWholeEuroCents } from '../money';
import {
  GEEN_RECHT,
  NIET_BEREKEND,
  RECHT,
  type ZorgtoeslagAmounts,
  type ZorgtoeslagColumns,
  type ZorgtoeslagParameters,
} from './zorgtoeslag-columns';

/** Output arrays for `count` households. */
export function zorgtoeslagAmounts(count: number): ZorgtoeslagAmounts {
  return {
    status: new Uint8Array(count),
    perYearCents: new Float64Array(count),
    perMonthCents: new Float64Array(count),
  };
}

/** What is the same for every household with (or without) a partner, computed once. */
interface HouseholdKind {
  /** False when a value every such household needs is missing on the peildatum. */
  computable: boolean;
  assetLimit: number;
  standardPremium: number;
  /** The normpremie's first term: the percentage of the drempelinkomen. */
  normAtThreshold: number;
}

function householdKind(p: ZorgtoeslagParameters, partner: boolean): HouseholdKind {
  const pct = partner ? p.pctThresholdPartner : p.pctThresholdSingle;
  const assetLimit = partner ? p.assetLimitPartner : p.assetLimitSingle;
  const standardPremium = partner ? p.standardPremium * 2 : p.standardPremium;
  const needed = [p.minimumAge, p.threshold, p.pctAboveThreshold, pct, assetLimit, standardPremium];
  return {
    computable: needed.every((v) => !Number.isNaN(v)),
    assetLimit,
    standardPremium,
    normAtThreshold: percentOfExact(p.threshold, pct),
  };
}

/**
 * Zorgtoeslag for every household in the columns, written into `out` (allocated when not given).
 * Pure: the same columns and parameters give the same amounts, to the cent, as calculateAll.
 */
export function screenZorgtoeslag(
  c: ZorgtoeslagColumns,
  p: ZorgtoeslagParameters,
  out: ZorgtoeslagAmounts = zorgtoeslagAmounts(c.count),
): ZorgtoeslagAmounts {
  const single = householdKind(p, false);
  const couple = householdKind(p, true);
  const shareKnown = !Number.isNaN(p.partnerNotInsuredShare);
  const minimumKnown = !Number.isNaN(p.minimumYearAmount);
  for (let i = 0; i < c.count; i++) {
    const partner = c.hasPartner[i] === 1;
    const kind = partner ? couple : single;
    const partnerUninsured = partner && c.partnerInsured[i] === 0;
    if (!kind.computable || (partnerUninsured && !shareKnown)) {
      setAmount(out, i, NIET_BEREKEND, 0, 0);
      continue;
    }
    if (
      c.applicantAge[i]! < p.minimumAge ||
      c.applicantInsured[i] !== 1 ||
      c.assetsCents[i]! > kind.assetLimit
    ) {
      setAmount(out, i, GEEN_RECHT, 0, 0);
      continue;
    }
    if (!minimumKnown) {
      setAmount(out, i, NIET_BEREKEND, 0, 0);
      continue;
    }
    const above = Math.max(0, c.incomeCents[i]! - p.threshold);
    const norm = Math.round(kind.normAtThreshold + percentOfExact(above, p.pctAboveThreshold));
    let year = Math.max(0, kind.standardPremium - norm);
    if (partnerUninsured) year = (year * p.partnerNotInsuredShare) / 100;
    const rounded = roundToWholeEuroCents(Math.max(0, year));
    if (rounded >= p.minimumYearAmount)
      setAmount(out, i, RECHT, rounded, floorToWholeEuroCents(rounded / 12));
    else setAmount(out, i, GEEN_RECHT, 0, 0);
  }
  return out;
}

function setAmount(
  out: ZorgtoeslagAmounts,
  i: number,
  status: number,
  perYear: number,
  perMonth: number,
): void {
  out.status[i] = status;
  out.perYearCents[i] = perYear;
  out.perMonthCents[i] = perMonth;
}
