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

/**
 * Zorgtoeslag for every household in the columns, written into `out` (allocated when not given).
 * Pure: the same columns and parameters give the same amounts, to the cent, as calculateAll.
 */
export function screenZorgtoeslag(
  c: ZorgtoeslagColumns,
  p: ZorgtoeslagParameters,
  out: ZorgtoeslagAmounts = zorgtoeslagAmounts(c.count),
): ZorgtoeslagAmounts {
  // What every household needs; one missing value means nothing can be computed.
  const common = p.minimumAge + p.threshold + p.standardPremium + p.pctAboveThreshold;
  for (let i = 0; i < c.count; i++) {
    const partner = c.hasPartner[i] === 1;
    const pctThreshold = partner ? p.pctThresholdPartner : p.pctThresholdSingle;
    const assetLimit = partner ? p.assetLimitPartner : p.assetLimitSingle;
    const partnerUninsured = partner && c.partnerInsured[i] === 0;
    if (
      Number.isNaN(common + pctThreshold + assetLimit) ||
      (partnerUninsured && Number.isNaN(p.partnerNotInsuredShare))
    ) {
      setAmount(out, i, NIET_BEREKEND, 0, 0);
      continue;
    }
    const conditionsOk =
      c.applicantAge[i]! >= p.minimumAge &&
      c.applicantInsured[i] === 1 &&
      c.assetsCents[i]! <= assetLimit;
    if (!conditionsOk) {
      setAmount(out, i, GEEN_RECHT, 0, 0);
      continue;
    }
    const above = Math.max(0, c.incomeCents[i]! - p.threshold);
    const norm = Math.round(
      percentOfExact(p.threshold, pctThreshold) + percentOfExact(above, p.pctAboveThreshold),
    );
    const standard = partner ? p.standardPremium * 2 : p.standardPremium;
    let year = Math.max(0, standard - norm);
    if (partnerUninsured) year = (year * p.partnerNotInsuredShare) / 100;
    if (Number.isNaN(p.minimumYearAmount)) {
      setAmount(out, i, NIET_BEREKEND, 0, 0);
      continue;
    }
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
