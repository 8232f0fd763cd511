import { percentOfExact } from '../money';
import { c, formula, pc, word } from '../formula';
import type { SchemeResult } from '../types';
import { result, toeslagAmount } from './common';
import type { SchemeContext, SchemeInfo } from './common';
import { say } from './texts';

// Zorgtoeslag: Wet op de zorgtoeslag art. 1-3, Awir art. 14. Yearly amount, paid per month.

export const zorgtoeslagInfo: SchemeInfo = {
  scheme: 'zorgtoeslag',
  name: 'Zorgtoeslag',
  category: 'landelijk',
};

const P = {
  min: 'algemeen.minimumleeftijd-toeslag',
  drempel: 'algemeen.drempelinkomen',
  premie: 'zorgtoeslag.standaardpremie',
  pctAlleen: 'zorgtoeslag.normpremie-percentage-drempel-zonder-partner',
  pctPartner: 'zorgtoeslag.normpremie-percentage-drempel-met-partner',
  pctBoven: 'zorgtoeslag.normpremie-percentage-boven-drempel',
  vermAlleen: 'zorgtoeslag.vermogensgrens-zonder-partner',
  vermPartner: 'zorgtoeslag.vermogensgrens-met-partner',
  partnerNiet: 'zorgtoeslag.aandeel-partner-niet-verzekerd',
} as const;

export function zorgtoeslag(ctx: SchemeContext): SchemeResult {
  const t = ctx.trace;
  checkConditions(ctx);
  const year = yearlyEntitlement(ctx);
  const conditionsOk = t.failed === 0;
  const { amount } = conditionsOk ? toeslagAmount(t, year, 'rounded-year') : { amount: null };
  const ok = conditionsOk && amount !== null;
  return result(zorgtoeslagInfo, ctx, {
    status: ok ? 'recht' : 'geen-recht',
    amount: ok ? amount : null,
    howToApply: say('zorgtoeslag.apply'),
    via: say('via.toeslagen'),
    url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/zorgtoeslag',
    notes: [say('zorgtoeslag.noteEstimate')],
  });
}

/** Age, Dutch health insurance and assets (Wet op de zorgtoeslag art. 1-2, Awir art. 14). */
function checkConditions(ctx: SchemeContext): void {
  const { household: h, facts: f, trace: t } = ctx;
  const partner = f.hasPartner;
  t.check('leeftijd', say('common.age18'), f.applicantAge, '>=', t.p(P.min), 'jaar', [P.min]);
  t.check(
    'verzekerd',
    say('zorgtoeslag.insured'),
    h.applicant.healthInsuredInNL,
    '=',
    true,
    'ja_nee',
  );
  const vermId = partner ? P.vermPartner : P.vermAlleen;
  t.check(
    'vermogen',
    partner ? say('zorgtoeslag.assetsWithPartner') : say('common.assetsBelowLimit'),
    h.assetsCents,
    '<=',
    t.p(vermId),
    'eurocent',
    [vermId],
  );
}

/** Standaardpremie minus normpremie per year, the partner's share left out when not insured. */
function yearlyEntitlement(ctx: SchemeContext): number {
  const { household: h, facts: f, trace: t } = ctx;
  const partner = f.hasPartner;
  const income = t.step(
    'toetsingsinkomen',
    say('zorgtoeslag.testIncome'),
    f.toetsingsinkomenCents,
    'eurocent_per_jaar',
    () => [word(partner ? 'incomeApplicantPartnerPerYear' : 'incomeApplicantPerYear')],
  );
  const premie = t.p(P.premie);
  const standaard = t.step(
    'standaardpremie',
    partner ? say('zorgtoeslag.premiumTwo') : say('zorgtoeslag.premium'),
    partner ? premie * 2 : premie,
    'eurocent_per_jaar',
    () => (partner ? formula`2 x ${c(premie)}` : [c(premie)]),
    [P.premie],
  );
  const drempel = t.p(P.drempel);
  const pctDrempelId = partner ? P.pctPartner : P.pctAlleen;
  const pctDrempel = t.p(pctDrempelId);
  const pctBoven = t.p(P.pctBoven);
  const boven = Math.max(0, income - drempel);
  const normExact = percentOfExact(drempel, pctDrempel) + percentOfExact(boven, pctBoven);
  const normpremie = t.step(
    'normpremie',
    say('zorgtoeslag.normPremium'),
    Math.round(normExact),
    'eurocent_per_jaar',
    () =>
      formula`${pc(pctDrempel)} x ${c(drempel)} + ${pc(pctBoven)} x ${c(boven)} = ${c(Math.round(normExact))}`,
    [pctDrempelId, P.pctBoven, P.drempel],
  );
  let year = t.step(
    'aanspraak',
    say('zorgtoeslag.premiumMinusNorm'),
    Math.max(0, standaard - normpremie),
    'eurocent_per_jaar',
    () => formula`${c(standaard)} - ${c(normpremie)}`,
  );
  if (h.partner && !h.partner.healthInsuredInNL) {
    const share = t.p(P.partnerNiet);
    const before = year;
    year = t.step(
      'partner-niet-verzekerd',
      say('zorgtoeslag.partnerNotInsured'),
      (year * share) / 100,
      'eurocent_per_jaar',
      () => formula`${pc(share)} x ${c(before)}`,
      [P.partnerNiet],
    );
  }
  return year;
}
